import { readFileSync } from "node:fs";
import { parseDocumentText, readInputFile, type Spec } from "@yishi/domain";
import { loadSpecWithImports } from "@yishi/tables";
import type { ExportFormat } from "@yishi/export";
import type { GovernmentJob } from "./government-job.js";
import type { GovernmentSource } from "./list-governments.js";
import { toBatchError } from "./render-batch-error.js";
import { listHolidayPaths, specBaseDir } from "./spec-calendar.js";

export interface JobSettings {
  period: string;
  exports: ExportFormat[];
  force: boolean;
}

/**
 * Reads what one government's plan depends on into a job: the spec's text
 * and the holiday files it names. Reading is all the coordinator does per
 * government (parsing and checking happen in the worker), so it stays light.
 * A spec that takes people or agenda items from .xlsx/.csv forms (`imports`)
 * is the exception: the coordinator reads the forms, and the job carries the
 * spec with their rows merged in, as JSON, so a worker on another machine
 * needs no file of the government's; a problem in a form is that
 * government's bad input, in the words `yishi plan` gives.
 */
export async function readGovernmentJob(source: GovernmentSource, settings: JobSettings, previousKey: string | undefined): Promise<GovernmentJob> {
  const job: GovernmentJob = { ...source, holidayFiles: {}, period: settings.period, exports: settings.exports, force: settings.force, ...(previousKey ? { previousKey } : {}) };
  try {
    job.specText = readInputFile(source.specFile);
    if (mayImport(job.specText)) {
      // `imports` stays: it is part of the spec `yishi plan` judges and hashes; the domain's parser only carries it.
      const { spec } = await loadSpecWithImports(source.specFile);
      job.specText = `${JSON.stringify(spec, null, 1)}\n`;
    }
  } catch (error) {
    const known = toBatchError(error);
    if (!known) throw error;
    return { ...job, readError: known };
  }
  for (const path of findHolidayPaths(job.specText, source.specFile)) {
    try {
      job.holidayFiles[path] = readFileSync(path, "utf8");
    } catch {
      // Left out: the worker reports the missing file in loadHolidayFile's words.
    }
  }
  return job;
}

/** A spec that may name forms to import (a cheap look before any parsing: most specs have none). */
function mayImport(text: string): boolean {
  return /(^|["{,\s])imports["']?\s*:/m.test(text);
}

/** Holiday files a spec names; the YAML is parsed only when it has a calendar section (most use the shipped calendar). */
function findHolidayPaths(text: string, specFile: string): string[] {
  if (!/(^|["{,\s])calendar["']?\s*:/m.test(text)) return [];
  const value = parseDocumentText(text, specFile).value as { calendar?: Partial<Record<keyof Spec["calendar"], unknown>> } | null;
  const calendar = value?.calendar;
  if (typeof calendar !== "object" || calendar === null) return [];
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  return listHolidayPaths({ national: strings(calendar.national), regional: strings(calendar.regional), unit: strings(calendar.unit) }, specBaseDir(specFile));
}
