/**
 * Regenerates the benchmark tables of bench/README.md and README.md from the
 * files `pnpm bench --json FILE` wrote, their rows in the order given
 * (`pnpm bench … --json FILE --readme` does the same with one run at its end).
 * Usage: pnpm exec tsx bench/write-readme-table.ts FILE…
 */
import { readFileSync } from "node:fs";
import { writeReadmeTables, type BenchResult } from "./readme-table.js";

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write("usage: pnpm exec tsx bench/write-readme-table.ts FILE… (files written by pnpm bench --json FILE)\n");
  process.exit(2);
}
const results = files.map((file): BenchResult => {
  const result = JSON.parse(readFileSync(file, "utf8")) as Partial<BenchResult>;
  if (!result.run || !Array.isArray(result.rows)) {
    process.stderr.write(`${file}: not a bench run (expected { run, rows }, as pnpm bench --json writes)\n`);
    process.exit(2);
  }
  return result as BenchResult;
});
const changed = writeReadmeTables(results);
process.stdout.write(changed.length > 0 ? `updated ${changed.join(", ")}\n` : "nothing changed (no README has the bench-table markers, or the table is the same)\n");
