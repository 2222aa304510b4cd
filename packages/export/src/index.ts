export { exportIcs } from "./ics.js";
export { meetingUid, recurringDutyUid } from "./ics-uid.js";
export { SHANGHAI_TZID, generateShanghaiVtimezone } from "./shanghai-vtimezone.js";
export { exportXlsx } from "./xlsx.js";
export type { XlsxOptions } from "./xlsx.js";
export { exportCsv, formatCsv, quoteCsvField } from "./csv.js";
export type { CsvFile } from "./csv.js";
export { exportHtml } from "./html.js";
export { escapeHtml } from "./escape-html.js";
export { exportPlan, EXPORT_FORMATS } from "./export-plan.js";
export type { ExportFile, ExportFormat } from "./export-plan.js";
export { createPlanContext, defaultGeneratedAt } from "./plan-context.js";
export type { ExportOptions, PlanContext } from "./plan-context.js";
export {
  TABLE_NAMES,
  buildPlanTables,
  buildRosterTable,
  buildMeetingsTable,
  buildAgendasTable,
  buildRecurringTable,
  buildUnplacedTable,
  buildViolationsTable,
} from "./tables.js";
export type { ColumnType, PlanTable, TableName } from "./tables.js";
export { buildPersonCountsTable } from "./person-counts.js";
// Sample data for demos and tests; reads examples/ of the repository, so it works in the workspace only.
