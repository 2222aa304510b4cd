import { dirname, isAbsolute, join, resolve } from "node:path";
import {
  AgendaItem,
  Person,
  Spec,
  SpecImports,
  TOO_FEW_ENTRIES,
  YishiError,
  appendAll,
  checkSpecReferences,
  collectSchemaIssues,
  compareText,
  inspectSpec,
  isYishiError,
  listFirstIssues,
  parseDocumentText,
  readInputFile,
  resolveSpecPath,
  type Issue,
  type LoadedSpec,
  type ParsedDocument,
  type SpecInspection,
} from "@yishi/domain";
import type { Form } from "./form.js";
import { ITEMS_FORM } from "./items-form.js";
import { PEOPLE_FORM } from "./people-form.js";
import { describeCell, type Cell } from "./read-cell.js";
import { describeCellPlace, formRowLimit, readForm, type FormReading, type RowOrigin } from "./read-form.js";
import { readGrid } from "./read-grid.js";

const FORMS: readonly Form[] = [PEOPLE_FORM, ITEMS_FORM];

/** The schema of one entry of each list, for a row validated alone. */
const ROW_SCHEMAS = { people: Person, agendaItems: AgendaItem } as const;

/**
 * Loads a spec whose `imports` name .xlsx/.csv forms: their rows are added to
 * the spec's own `people` / `agendaItems` before the spec is validated, so
 * they meet the same schemas and reference checks, and each problem in a
 * form names its file, sheet, row and column. A spec without `imports` is
 * loaded exactly as @yishi/domain's loadSpec does.
 */
export async function loadSpecWithImports(file: string): Promise<LoadedSpec> {
  const inspected = await inspectSpecWithImports(file);
  if (inspected.error !== undefined || inspected.spec === undefined) throw inspected.error;
  return { spec: inspected.spec, file, baseDir: inspected.baseDir };
}

/** inspectSpec (validate's every-problem-at-once reading) with the spec's forms merged in. */
export async function inspectSpecWithImports(file: string): Promise<SpecInspection> {
  const baseDir = dirname(resolve(file));
  const doc = parseDocumentText(readInputFile(file), file);
  const value = doc.value;
  const imports = isRecord(value) && value.imports !== undefined ? SpecImports.safeParse(value.imports) : undefined;
  // Nothing to import, or a text or `imports` field that is itself wrong: the domain's reading says all there is to say.
  if (doc.syntaxIssues.length > 0 || !isRecord(value) || imports === undefined || !imports.success) return inspectSpec(file);

  const issues: Issue[] = [];
  const merged: Record<string, unknown> = { ...value };
  const readings: Readings = new Map();
  /** Ids of rows left out of the spec (a cell could not be read): a reference to one is not "unknown". */
  const leftOut = new Set<string>();
  /** Lists some of whose form rows were left out. */
  const shortened = new Set<string>();
  for (const form of FORMS) {
    const path = imports.data[form.list];
    if (path === undefined) continue;
    const shown = isAbsolute(path) ? path : join(dirname(file), path);
    let reading: FormReading;
    try {
      reading = readForm(await readGrid(resolveSpecPath({ baseDir }, path), form.sheet, formRowLimit(form)), form, shown);
    } catch (error) {
      if (!isYishiError(error)) throw error;
      const pos = doc.locate(["imports", form.list]);
      issues.push({ file, line: pos?.line, column: pos?.column, path: ["imports", form.list], message: error.message.replace(resolveSpecPath({ baseDir }, path), shown), found: JSON.stringify(path) });
      continue;
    }
    appendAll(issues, reading.issues);
    const inline = merged[form.list] ?? [];
    // A list of the wrong type is the schema's to report; the form's rows cannot be added to it.
    if (!Array.isArray(inline)) continue;
    const entries: unknown[] = [...inline];
    merged[form.list] = entries;
    const kept: RowOrigin[] = [];
    reading.entries.forEach((entry, k) => {
      const origin = reading.origins[k]!;
      if (!origin.failed) {
        kept.push(origin);
        entries.push(entry);
        return;
      }
      // Its other cells are still checked, so one run tells every problem of the row.
      if (typeof entry.id === "string") leftOut.add(JSON.stringify(entry.id));
      shortened.add(form.list);
      const alone = collectSchemaIssues(ROW_SCHEMAS[form.list], { value: entry, syntaxIssues: [], locate: () => undefined }, origin.file);
      appendAll(issues, alone.issues.flatMap((issue) => describeAtCell(origin, reading, form.list, issue.path, issue)));
    });
    readings.set(form.list, { reading, origins: kept, offset: inline.length });
  }

  const mergedDoc: ParsedDocument = { value: merged, syntaxIssues: [], locate: (p) => (findOrigin(readings, p) === undefined ? doc.locate(p) : undefined) };
  const schema = collectSchemaIssues(Spec, mergedDoc, file);
  const mapped = (list: Issue[]) => list.flatMap((issue) => mapIssue(readings, issue));
  // A list too short only because rows with problems were left out restates those rows' problems (a form whose every row was wrong).
  const restated = (issue: Issue) => issue.path.length === 1 && shortened.has(String(issue.path[0])) && issue.message === TOO_FEW_ENTRIES;
  appendAll(issues, mapped(schema.issues.filter((issue) => !restated(issue))));
  const data = schema.issues.length === 0 ? (schema.data as Spec) : undefined;
  if (data !== undefined) appendAll(issues, mapped(checkSpecReferences(data, mergedDoc, file)).filter((issue) => issue.found === undefined || !leftOut.has(issue.found)));

  const profile = Spec.shape.profile.safeParse(value.profile);
  const calendar = Spec.shape.calendar.safeParse(value.calendar);
  const sections = { ...(profile.success ? { profile: profile.data } : {}), ...(calendar.success ? { calendar: calendar.data } : {}) };
  if (issues.length === 0 && data !== undefined) return { file, baseDir, spec: data, ...sections };
  const sorted = sortIssues(issues, file);
  const count = sorted.length === 1 ? "1 problem" : `${sorted.length} problems`;
  const listed = listFirstIssues(sorted, file);
  const error = new YishiError("SPEC_INVALID", `${file}: the spec has ${count}`, { file, path: listed[0]?.path, issues: listed });
  return { file, baseDir, error, ...sections };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Each list's form: its reading, the rows merged into the spec and where they start in the list. */
type Readings = Map<string, { reading: FormReading; origins: RowOrigin[]; offset: number }>;

/** The form row a spec path points into (`agendaItems[12]…` past the spec's own items), if any. */
function findOrigin(readings: Readings, path: readonly (string | number)[]) {
  const [list, index] = path;
  const found = typeof list === "string" ? readings.get(list) : undefined;
  if (found === undefined || typeof index !== "number" || index < found.offset) return undefined;
  const origin = found.origins[index - found.offset];
  return origin === undefined ? undefined : { origin, reading: found.reading, list: list as string };
}

/**
 * A problem the spec's schema or references found in a form's entry, told at
 * its cell: `items.xlsx:5:7: agendaItems.filedOn: sheet 议题申报表, row 5,
 * column G (申报日期): …`. Dropped when it restates one already told (a cell
 * that could not be read; a required column missing from the header).
 */
function mapIssue(readings: Readings, issue: Issue): Issue[] {
  const found = findOrigin(readings, issue.path);
  if (found === undefined) return [issue];
  return describeAtCell(found.origin, found.reading, found.list, issue.path.slice(2), issue);
}

/** A problem of one row's entry (`rest` is its path inside the entry), told at the cell that gave that field. */
function describeAtCell(origin: RowOrigin, reading: FormReading, list: string, rest: readonly (string | number)[], issue: Issue): Issue[] {
  let column: number | undefined;
  for (let n = rest.length; n > 0 && column === undefined; n--) column = origin.cellOf.get(rest.slice(0, n).join("."));
  const field = typeof rest[0] === "string" ? rest[0] : undefined;
  if (column === undefined && field !== undefined) {
    column = origin.columnOf.get(field);
    // A field the form has a column for, but the sheet does not: the header's problem, told once.
    if (column === undefined && FORMS.some((f) => f.columns.some((c) => "field" in c.target && c.target.field === field))) return [];
  }
  if (column !== undefined && reading.reported.has(`${origin.row}:${column}`)) return [];
  const cell: Cell = column === undefined ? undefined : origin.cells[column - 1];
  return [
    {
      file: origin.file,
      line: origin.row,
      column,
      path: [list, ...rest],
      message: `${describeCellPlace(origin.sheet, origin.row, column, column === undefined ? undefined : origin.headers.get(column))}: ${issue.message}`,
      expected: issue.expected,
      found: column === undefined ? issue.found : describeCell(cell),
    },
  ];
}

/** The spec's own problems first, by line; then each form's, by row and column. */
function sortIssues(issues: Issue[], specFile: string): Issue[] {
  const rank = (i: Issue) => (i.file === specFile ? 0 : 1);
  return [...issues].sort((a, b) => rank(a) - rank(b) || compareText(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
