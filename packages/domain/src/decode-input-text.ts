import { AsyncLocalStorage } from "node:async_hooks";
import { decodeText, type DecodedText } from "./decode-text.js";

/** Told of each input file that was not plain UTF-8, so a front end can say what it read. */
export type EncodingListener = (file: string, decoded: DecodedText) => void;

// Per run rather than a parameter of every loader: files are read deep inside
// loadSpec, loadPlan, loadSpecChange and the calendar's holiday files, and two
// runs in one process (tests, a server) must not hear each other's files.
const listeners = new AsyncLocalStorage<EncodingListener>();

/** Runs `fn`; every input file decoded during it (synchronously or in its async work) that was not UTF-8 is reported to `listener`. */
export function watchInputEncodings<T>(listener: EncodingListener, fn: () => T): T {
  return listeners.run(listener, fn);
}

/**
 * Decodes an input file's bytes (see decodeText) and reports the encoding to
 * the current run's listener when it was not UTF-8. Every reader of a user's
 * text file goes through here.
 */
export function decodeInputText(bytes: Uint8Array, file: string): string {
  const decoded = decodeText(bytes, file);
  if (decoded.encoding !== "UTF-8") listeners.getStore()?.(file, decoded);
  return decoded.text;
}
