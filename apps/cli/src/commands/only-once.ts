import { InvalidArgumentError } from "commander";

/**
 * An option parser that refuses a second value: commander keeps the last one
 * silently, so `--period 2026Q1 --period 2026Q2` would plan Q2 without a word.
 */
export function onlyOnce(value: string, previous: string | undefined): string {
  if (previous !== undefined) throw new InvalidArgumentError(`given twice ("${previous}", then "${value}"); give it once`);
  return value;
}
