import type { ReviewKind } from "@yishi/domain";

/** One allowed value of a choice column: the schema's value, and what a planner types. */
export interface Choice {
  value: string;
  label: string;
  /** Other spellings read as this value (县长 for the mayor's role). */
  aliases?: readonly string[];
}

/** What a column holds, and so how its cells are read. */
export type ColumnKind =
  | { type: "text" }
  | { type: "date" }
  | { type: "integer"; unit?: string }
  | { type: "number"; unit?: string }
  | { type: "boolean" }
  | { type: "choice"; choices: readonly Choice[]; many?: boolean };

/** Where a column's value goes in the entry: a field, or the date of one kind of review. */
export type ColumnTarget = { field: string } | { review: ReviewKind };

export interface FormColumn {
  header: string;
  /** Other headers read as this column (the schema's field name among them). */
  aliases: readonly string[];
  kind: ColumnKind;
  target: ColumnTarget;
  required: boolean;
  /** What to type, for the form's hint row and header note. */
  hint: string;
  /** Column width in characters. */
  width: number;
}

/** A form a department fills in: which spec list its rows become, its sheet and its columns. */
export interface Form {
  /** The spec list its rows are added to. */
  list: "people" | "agendaItems";
  /** Sheet name in the workbook the form is written as, and looked for when read. */
  sheet: string;
  columns: readonly FormColumn[];
  /** Data rows read at most: the spec's own limit on the list (LIMITS), so an oversized sheet is refused in one problem. */
  maxRows: number;
  /** What one row is, in the problem that refuses more rows than maxRows: `people`, `agenda items`. */
  rowNoun: string;
}

/** The first cell of the hint row begins with this; rows that do are not data. */
export const HINT_MARK = "【填写说明】";
