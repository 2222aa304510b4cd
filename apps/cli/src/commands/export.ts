import { existsSync, statSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { Option, type Command } from "commander";
import { EXPORT_FORMATS, exportPlan, type ExportFormat } from "@yishi/export";
import { YishiError } from "@yishi/domain";
import type { CommandContext } from "../context.js";
import { writeFileAtomic } from "../io.js";
import { createProgress } from "../progress.js";
import { loadPlanInputs } from "./load-plan-inputs.js";

interface ExportCliOptions {
  to: ExportFormat;
  spec?: string;
  out?: string;
}

/** A plan file's name without extension: `out/plan.json` → `plan`. */
function baseNameOf(planFile: string): string {
  const name = basename(planFile);
  return name.slice(0, name.length - extname(name).length) || "plan";
}

/**
 * Where the files go. CSV writes one file per table, so its `--out` is a
 * folder (default `<plan>-csv/` beside the plan); other formats take a file,
 * or a folder (existing, or written with a trailing slash) to put `<plan>.<ext>` in.
 */
function resolveTargets(planFile: string, format: ExportFormat, out: string | undefined, names: string[]): string[] {
  const base = baseNameOf(planFile);
  const planDir = resolve(planFile, "..");
  if (format === "csv") {
    const dir = out ?? join(planDir, `${base}-csv`);
    if (existsSync(dir) && !statSync(dir).isDirectory()) {
      throw new YishiError("USAGE", `--out ${dir}: CSV export writes one file per table, so --out must be a folder, not a file`);
    }
    return names.map((n) => join(dir, n));
  }
  if (out === undefined) return [join(planDir, names[0]!)];
  const isDir = out.endsWith("/") || (existsSync(out) && statSync(out).isDirectory());
  return [isDir ? join(out, names[0]!) : out];
}

export function registerExportCommand(program: Command, ctx: CommandContext): void {
  program
    .command("export")
    .description("write a plan as an iCalendar file (ics), an Excel workbook (xlsx), CSV tables (csv) or a printable HTML report (html)")
    .argument("<plan>", "plan JSON written by `yishi plan`")
    .addOption(new Option("--to <format>", "output format").choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option("--spec <file>", "the spec the plan was made from: names, rooms, holiday files, and the rules the plan is judged by (without it the outputs say the plan was not checked)")
    .option("--out <path>", "output file, or folder (csv: always a folder); `-` prints ics or html to stdout")
    .action(async (planFile: string, options: ExportCliOptions) => {
      const { plan, spec, calendar, verdict } = await loadPlanInputs(ctx, planFile, options.spec);
      const progress = createProgress(ctx.io);
      const files = await exportPlan(plan, options.to, spec, {
        calendar,
        verdict,
        baseName: baseNameOf(planFile),
        onProgress: (done, total, sheet) => progress.update(`xlsx: ${sheet}`, done, total),
      });
      progress.done();
      if (options.out === "-") {
        const file = files[0];
        if (files.length !== 1 || file === undefined || typeof file.data !== "string") {
          throw new YishiError("USAGE", `--out -: only ics and html can be printed to stdout; give a ${options.to === "csv" ? "folder" : "file"} for ${options.to}`);
        }
        ctx.io.out(file.data);
        return;
      }
      const targets = resolveTargets(planFile, options.to, options.out, files.map((f) => f.name));
      files.forEach((file, i) => {
        writeFileAtomic(targets[i]!, file.data);
        ctx.io.out(targets[i]!);
      });
    });
}
