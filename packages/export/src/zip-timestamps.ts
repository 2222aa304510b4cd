/**
 * Sets every entry's DOS modification time in a zip archive to `date`, in
 * place. exceljs (through JSZip) stamps entries with the time of writing;
 * the CRCs cover only the data, so fixing the header fields makes the same
 * workbook byte-identical whenever it is written.
 */
export function normalizeZipTimestamps(zip: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  // DOS time has 2-second resolution and no zone; UTC keeps it host-independent.
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(offset, true) !== 0x02014b50) throw new Error("zip: bad central directory entry");
    view.setUint16(offset + 12, time, true);
    view.setUint16(offset + 14, day, true);
    const local = view.getUint32(offset + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error("zip: bad local file header");
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return zip;
}

function findEndOfCentralDirectory(view: DataView): number {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  throw new Error("zip: no end of central directory");
}
