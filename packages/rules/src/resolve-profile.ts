import { z } from "zod";
import { ProfileSelection, RuleProfile, YishiError, formatCitation, formatPath, parseDocumentText, readInputFile, type Issue, type RuleOverride } from "@yishi/domain";
import { describeKnownProfiles, getProfile, resolveProfileId } from "./get-profile.js";
import { findProfileConflicts } from "./find-profile-conflicts.js";
import { RULE_CHECK_IDS, RULE_PARAMS, isRuleCheckId } from "./rule-params.js";
import { findSimilarIds } from "./similar-ids.js";

export interface ResolveProfileOptions {
  /** Where the selection sits in its input, for error paths; default ["profile"]. */
  path?: (string | number)[];
  /** The file the selection came from, for error messages. */
  file?: string;
  /** Return a profile with hard conflicts instead of throwing PROFILE_CONFLICT. */
  allowConflicts?: boolean;
}

/**
 * The effective profile of a spec: the shipped base (with inheritance), the
 * spec's extra rules, then its overrides in order. Every parameter is checked
 * against RULE_PARAMS; a rule turned off keeps its reason in `disabledReason`;
 * each override's reason is kept in `notes`. Throws PROFILE_UNKNOWN (base),
 * PROFILE_INVALID (bad override or rule, with the field) and PROFILE_CONFLICT
 * (hard contradictions; see findProfileConflicts).
 */
export function resolveProfile(selection: string | z.input<typeof ProfileSelection>, options: ResolveProfileOptions = {}): RuleProfile {
  const at = options.path ?? ["profile"];
  const parsed = ProfileSelection.safeParse(typeof selection === "string" ? { base: selection } : selection);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i): Issue => ({ file: options.file, path: [...at, ...(i.path as (string | number)[])], message: i.message }));
    const first = issues[0]!;
    throw new YishiError("PROFILE_INVALID", `invalid profile selection at ${formatPath(first.path)}: ${first.message}`, { file: options.file, path: at, issues });
  }
  const { base, overrides, rules: extra } = parsed.data;
  const profile = getBaseProfile(base, typeof selection === "string" ? at : [...at, "base"], options);

  extra.forEach((rule, index) => {
    const where = [...at, "rules", index];
    if (profile.rules.some((r) => r.id === rule.id)) {
      fail(options, [...where, "id"], `rule id ${JSON.stringify(rule.id)} already exists in profile ${profile.id}; change it with an override instead`);
    }
    checkParams(options, where, rule.check, rule.params);
    profile.rules.push(rule);
  });

  overrides.forEach((override, index) => applyOverride(profile, override, [...at, "overrides", index], options));

  const checked = RuleProfile.parse(profile);
  const hard = findProfileConflicts(checked).filter((c) => c.severity === "hard");
  if (hard.length > 0 && !options.allowConflicts) {
    throw new YishiError("PROFILE_CONFLICT", `profile ${checked.id} contradicts itself in ${hard.length} place(s)`, {
      file: options.file,
      path: at,
      issues: hard.map((c) => ({ file: options.file, path: at, message: `${c.a.id} (${c.a.citation}) × ${c.b.id} (${c.b.citation}): ${c.message.en}` })),
    });
  }
  return checked;
}

/** The shipped base profile; an unknown name is the user's mistake, reported at the field that names it. */
function getBaseProfile(base: string, path: (string | number)[], options: ResolveProfileOptions): RuleProfile {
  try {
    resolveProfileId(base);
  } catch (error) {
    const pos = locateInFile(options.file, path);
    const issue: Issue = {
      file: options.file,
      line: pos?.line,
      column: pos?.column,
      path,
      message: "unknown rule profile",
      expected: `a shipped profile: ${describeKnownProfiles()}`,
      found: JSON.stringify(base),
    };
    const where = options.file === undefined ? "" : `${options.file}: `;
    throw new YishiError("PROFILE_UNKNOWN", `${where}${formatPath(path)}: unknown rule profile ${JSON.stringify(base)}`, { file: options.file, path, issues: [issue], cause: error });
  }
  return getProfile(base);
}

/** Line and column of `path` in the file, for the error only; undefined when the file cannot be read again. */
function locateInFile(file: string | undefined, path: (string | number)[]): { line: number; column: number } | undefined {
  if (file === undefined) return undefined;
  try {
    return parseDocumentText(readInputFile(file), file).locate(path);
  } catch {
    return undefined;
  }
}

function applyOverride(profile: RuleProfile, override: RuleOverride, where: (string | number)[], options: ResolveProfileOptions): void {
  const rule = profile.rules.find((r) => r.id === override.rule);
  if (!rule) {
    const similar = findSimilarIds(override.rule, profile.rules.map((r) => r.id));
    const hint = similar.length > 0 ? `; similar ids: ${similar.join(", ")}` : `; rule ids: ${profile.rules.map((r) => r.id).join(", ")}`;
    fail(options, [...where, "rule"], `profile ${profile.id} has no rule ${JSON.stringify(override.rule)}${hint}`);
  }
  const changes: string[] = [];
  if (override.params !== undefined) {
    const params = { ...rule.params, ...override.params };
    checkParams(options, where, rule.check, params, "params");
    rule.params = params;
    changes.push(`params ${JSON.stringify(override.params)}`);
  }
  if (override.severity !== undefined) {
    rule.severity = override.severity;
    changes.push(`severity ${override.severity}`);
  }
  if (override.scope !== undefined) {
    // Field by field: an override naming only `chairRoles` keeps the rule's meeting types.
    const given = Object.fromEntries(Object.entries(override.scope).filter(([, v]) => v !== undefined));
    rule.scope = { ...rule.scope, ...given };
    changes.push(`scope ${JSON.stringify(override.scope)}`);
  }
  if (override.enabled === false) {
    const reason = override.reason?.trim() ?? "";
    if (reason === "") fail(options, [...where, "reason"], `turning rule ${rule.id} off needs a \`reason\``);
    rule.enabled = false;
    rule.disabledReason = reason;
    changes.push("turned off");
  } else if (override.enabled === true) {
    rule.enabled = true;
    delete rule.disabledReason;
    changes.push("turned on");
  }
  const why = override.reason === undefined ? "" : ` — ${override.reason}`;
  profile.notes.push(`override ${rule.id} (${formatCitation(rule.citation)}): ${changes.join(", ") || "no change"}${why}`);
}

/** Params must parse with the check's schema; the error names the field. */
function checkParams(options: ResolveProfileOptions, where: (string | number)[], check: string, params: Record<string, unknown>, field = "params"): void {
  if (!isRuleCheckId(check)) {
    fail(options, [...where, "check"], `unknown check ${JSON.stringify(check)}; known checks: ${RULE_CHECK_IDS.join(", ")}`);
  }
  const result = RULE_PARAMS[check].safeParse(params);
  if (result.success) return;
  const issues: Issue[] = result.error.issues.flatMap((i) => {
    const keys = i.code === "unrecognized_keys" ? i.keys : [undefined];
    return keys.map((key) => ({
      file: options.file,
      path: [...where, field, ...(i.path as (string | number)[]), ...(key === undefined ? [] : [key])],
      expected: i.code === "unrecognized_keys" ? `one of the ${check} parameters` : undefined,
      message: i.code === "unrecognized_keys" ? `unknown parameter of ${check}` : i.message,
    }));
  });
  const first = issues[0]!;
  throw new YishiError("PROFILE_INVALID", `invalid ${field} for ${check} at ${formatPath(first.path)}: ${first.message}`, { file: options.file, path: where, issues });
}

function fail(options: ResolveProfileOptions, path: (string | number)[], message: string): never {
  throw new YishiError("PROFILE_INVALID", `${formatPath(path)}: ${message}`, { file: options.file, path, issues: [{ file: options.file, path, message }] });
}
