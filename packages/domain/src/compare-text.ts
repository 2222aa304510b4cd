/**
 * Orders strings by UTF-16 code unit, the same on every machine.
 * `localeCompare` follows the host's locale (ICU collation ignores `#` and
 * `-` and orders letters by language), so `LC_ALL` would change the bytes of
 * a plan: never use it for output order.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
