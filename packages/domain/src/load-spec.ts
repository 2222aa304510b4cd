import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { YishiError, type Issue } from "./errors.js";
import { decodeInputText } from "./decode-input-text.js";
import type { ParsedDocument } from "./parse-document.js";
import { parseAndValidate, validateText } from "./validate-input.js";
import { checkSpecReferences } from "./check-spec-references.js";
import { viewSpecReferences } from "./view-spec-references.js";
import { Spec, SpecChange, type CalendarSettings } from "./spec.js";
import type { ProfileSelection } from "./profile.js";
import { Plan } from "./plan.js";

export interface LoadedSpec {
  spec: Spec;
  /** The file it came from, as given. */
  file: string;
  /** Folder that relative paths inside the spec are resolved against. */
  baseDir: string;
}

/**
 * Reads a text file in UTF-8, UTF-16 or GB18030 (see decodeText), or throws a
 * YishiError naming it (never a raw ENOENT, never garbled text).
 */
export function readInputFile(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new YishiError("FILE_NOT_FOUND", `${file}: no such file`, { file });
    throw new YishiError("FILE_UNREADABLE", `${file}: cannot read (${code ?? "error"})`, { file, cause: error });
  }
  return decodeInputText(bytes, file);
}

/** Parses and validates a spec text; every problem is reported at once (references too, when the schema already failed). */
export function parseSpec(text: string, file = "spec"): Spec {
  return parseAndValidate(Spec, text, specValidation(file)).data;
}

function specValidation(file: string) {
  return {
    file,
    what: "the spec",
    extraChecks: (spec: Spec, doc: ParsedDocument) => checkSpecReferences(spec, doc, file),
    looseChecks: (value: unknown, doc: ParsedDocument) => checkSpecReferences(viewSpecReferences(value), doc, file),
  };
}

/** A spec file as `validate` sees it: the spec when valid, else the error listing its problems, and the sections later checks read when those alone are valid. */
export interface SpecInspection {
  file: string;
  baseDir: string;
  spec?: Spec;
  /** SPEC_INVALID with every schema and reference problem. */
  error?: YishiError;
  /** The profile selection, when valid on its own: its overrides can be checked even if the rest of the spec is not. */
  profile?: ProfileSelection;
  /** The calendar settings, when valid on its own: its holiday files can be read. */
  calendar?: CalendarSettings;
}

/**
 * Reads a spec for a check of everything at once: unlike loadSpec, a spec
 * that fails its schema or references is returned with its error, and with
 * its `profile` and `calendar` sections when those are valid by themselves,
 * so their problems are found in the same run. An unreadable file or a text
 * that does not parse still throws.
 */
export function inspectSpec(file: string): SpecInspection {
  const baseDir = dirname(resolve(file));
  const { data, doc, error } = validateText(Spec, readInputFile(file), specValidation(file));
  if (data !== undefined) return { file, baseDir, spec: data, profile: data.profile, calendar: data.calendar };
  const value = doc.value !== null && typeof doc.value === "object" ? (doc.value as Record<string, unknown>) : {};
  const profile = Spec.shape.profile.safeParse(value.profile);
  const calendar = Spec.shape.calendar.safeParse(value.calendar);
  return { file, baseDir, ...(error ? { error } : {}), ...(profile.success ? { profile: profile.data } : {}), ...(calendar.success ? { calendar: calendar.data } : {}) };
}

/** Loads a spec file (YAML or JSON). */
export function loadSpec(file: string): LoadedSpec {
  return { spec: parseSpec(readInputFile(file), file), file, baseDir: dirname(resolve(file)) };
}

/** Resolves a path written inside a spec against the spec's folder. */
export function resolveSpecPath(loaded: Pick<LoadedSpec, "baseDir">, path: string): string {
  return resolve(loaded.baseDir, path);
}

export function parsePlan(text: string, file = "plan"): Plan {
  return parseAndValidate(Plan, text, { file, what: "the plan", code: "PLAN_INVALID" }).data;
}

export function loadPlan(file: string): Plan {
  return parsePlan(readInputFile(file), file);
}

/** What a change file's ids are checked against, when known. */
export interface SpecChangeContext {
  /** The spec the change applies to: absence persons/substitutes and blackout series must be its ids. */
  spec?: Spec;
  /** Ids of the meetings in the current plan: `cancel` entries must be among them. */
  meetingIds?: readonly string[];
  /** Where those meetings come from (the plan file), for the message. */
  planFile?: string;
}

/**
 * Loads a change file. With a context, every id it mentions is checked like
 * a spec's references: an unknown person or meeting is an error naming the
 * field, never silently ignored.
 */
export function loadSpecChange(file: string, context: SpecChangeContext = {}): SpecChange {
  return parseAndValidate(SpecChange, readInputFile(file), {
    file,
    what: "the change",
    code: "CHANGE_INVALID",
    extraChecks: (change, doc) => checkChangeReferences(change, context, doc, file),
  }).data;
}

function checkChangeReferences(change: SpecChange, context: SpecChangeContext, doc: ParsedDocument, file: string): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string, expected: string, found: string) => {
    const pos = doc.locate(path);
    issues.push({ file, line: pos?.line, column: pos?.column, path, message, expected, found });
  };
  const { spec, meetingIds } = context;
  if (spec) {
    const people = new Set(spec.people.map((p) => p.id));
    const series = new Set(spec.series.map((s) => s.id));
    const person = (id: string | undefined, path: (string | number)[]) => {
      if (id !== undefined && !people.has(id)) add(path, "unknown person", `the id of a person defined in the spec (${listSome([...people])})`, JSON.stringify(id));
    };
    change.absences.forEach((a, i) => {
      person(a.person, ["absences", i, "person"]);
      person(a.substitute, ["absences", i, "substitute"]);
    });
    const duties = new Set(spec.recurringDuties.map((d) => d.id));
    change.blackouts.forEach((b, i) => {
      b.series.forEach((id, j) => {
        if (!series.has(id)) add(["blackouts", i, "series", j], "unknown series", `the id of a series defined in the spec (${listSome([...series])})`, JSON.stringify(id));
      });
      if (Array.isArray(b.recurringDuties)) {
        b.recurringDuties.forEach((id, j) => {
          if (!duties.has(id)) add(["blackouts", i, "recurringDuties", j], "unknown recurring duty", `the id of a recurring duty defined in the spec (${listSome([...duties])})`, JSON.stringify(id));
        });
      }
    });
  }
  if (meetingIds) {
    const known = new Set(meetingIds);
    const source = context.planFile ? `the plan ${context.planFile}` : "the plan";
    change.cancel.forEach((id, i) => {
      if (!known.has(id)) add(["cancel", i], "unknown meeting", `the id of a meeting in ${source} (${listSome(meetingIds)})`, JSON.stringify(id));
    });
  }
  return issues;
}

/** A few ids for the message, so a long list does not drown it. */
function listSome(ids: readonly string[]): string {
  if (ids.length === 0) return "there are none";
  const shown = ids.slice(0, 8).join(", ");
  return ids.length > 8 ? `e.g. ${shown}, … ${ids.length} in all` : shown;
}
