import type { Plan, Spec } from "@yishi/domain";
import { exportCsv } from "./csv.js";
import { exportHtml } from "./html.js";
import { exportIcs } from "./ics.js";
import { exportXlsx, type XlsxOptions } from "./xlsx.js";

export const EXPORT_FORMATS = ["ics", "xlsx", "csv", "html"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One file an export produces; `name` is a file name (no folder). */
export interface ExportFile {
  name: string;
  data: string | Uint8Array;
}

/**
 * Every file of one format, named from `baseName` (e.g. "plan" → plan.ics);
 * CSV gives one file per table (roster.csv, meetings.csv, …). Used by
 * `yishi export` and `yishi plan --out`.
 */
export async function exportPlan(plan: Plan, format: ExportFormat, spec?: Spec, options: XlsxOptions & { baseName?: string } = {}): Promise<ExportFile[]> {
  const base = options.baseName ?? "plan";
  switch (format) {
    case "ics":
      return [{ name: `${base}.ics`, data: exportIcs(plan, spec, options) }];
    case "xlsx":
      return [{ name: `${base}.xlsx`, data: await exportXlsx(plan, spec, options) }];
    case "html":
      return [{ name: `${base}.html`, data: exportHtml(plan, spec, options) }];
    case "csv":
      return exportCsv(plan, spec, options).map((f) => ({ name: f.name, data: f.content }));
  }
}
