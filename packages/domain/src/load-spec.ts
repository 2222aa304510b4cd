import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { YishiError } from "./errors.js";
import { parseAndValidate } from "./validate-input.js";
import { checkSpecReferences } from "./check-spec-references.js";
import { Spec, SpecChange } from "./spec.js";
import { Plan } from "./plan.js";
import type { z } from "zod";

export interface LoadedSpec {
  spec: Spec;
  /** The file it came from, as given. */
  file: string;
  /** Folder that relative paths inside the spec are resolved against. */
  baseDir: string;
}

/** Reads a file or throws a YishiError naming it (never a raw ENOENT). */
export function readInputFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new YishiError("FILE_NOT_FOUND", `${file}: no such file`, { file });
    throw new YishiError("FILE_UNREADABLE", `${file}: cannot read (${code ?? "error"})`, { file, cause: error });
  }
}

/** Parses and validates a spec text; every problem is reported at once. */
export function parseSpec(text: string, file = "spec"): Spec {
  return parseAndValidate(Spec, text, {
    file,
    what: "the spec",
    extraChecks: (spec, doc) => checkSpecReferences(spec, doc, file),
  }).data;
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

export function loadSpecChange(file: string): z.infer<typeof SpecChange> {
  return parseAndValidate(SpecChange, readInputFile(file), { file, what: "the change", code: "CHANGE_INVALID" }).data;
}
