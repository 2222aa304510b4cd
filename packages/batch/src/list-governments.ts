import { readdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { YishiError, compareText } from "@yishi/domain";

/** A spec file and the government (output folder) it stands for. */
export interface GovernmentSource {
  government: string;
  specFile: string;
}

const SPEC_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);

/**
 * The governments of a batch: each argument is a spec file, or a folder whose
 * spec files (.yaml, .yml, .json; not its subfolders) are taken in name
 * order. A government is named by its file name without extension; two
 * files with one name would share an output folder, so that is refused.
 */
export function listGovernments(args: readonly string[]): GovernmentSource[] {
  if (args.length === 0) throw new YishiError("USAGE", "batch: give spec files or a folder of them");
  const sources: GovernmentSource[] = [];
  for (const arg of args) {
    if (isDirectory(arg)) {
      const names = readdirSync(arg).filter((n) => SPEC_EXTENSIONS.has(extname(n).toLowerCase()) && !isDirectory(join(arg, n))).sort(compareText);
      if (names.length === 0) throw new YishiError("USAGE", `batch: ${arg} holds no spec files (.yaml, .yml or .json)`, { file: arg });
      for (const name of names) sources.push({ government: governmentName(name), specFile: join(arg, name) });
    } else {
      // A missing file is that government's bad input, reported in its row like any other.
      sources.push({ government: governmentName(arg), specFile: arg });
    }
  }
  const seen = new Map<string, string>();
  for (const s of sources) {
    const other = seen.get(s.government);
    if (other !== undefined) throw new YishiError("USAGE", `batch: ${other} and ${s.specFile} would both write the folder "${s.government}"; rename one`, { file: s.specFile });
    seen.set(s.government, s.specFile);
  }
  return sources;
}

function governmentName(file: string): string {
  const name = basename(file);
  return name.slice(0, name.length - extname(name).length) || name;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
