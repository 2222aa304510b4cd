import { RuleProfile, YishiError, formatCitation, type RuleProfileInput } from "@yishi/domain";
import { PROFILE_ALIASES, SHIPPED_PROFILES, findShippedProfile } from "./profiles/shipped-profiles.js";

/** One line of `yishi profiles`. */
export interface ProfileSummary {
  id: string;
  name: { zh: string; en: string };
  jurisdiction: string;
  extends: string | undefined;
  /** ASCII alias, when the id is Chinese. */
  alias: string | undefined;
  source: string | undefined;
  year: number | undefined;
  /** Rules after inheritance. */
  ruleCount: number;
  /** Rules the profile declares itself. */
  ownRuleCount: number;
}

const resolved = new Map<string, RuleProfile>();

/** The canonical id of a shipped profile, from its id or ASCII alias; PROFILE_UNKNOWN otherwise. */
export function resolveProfileId(idOrAlias: string): string {
  const found = findShippedProfile(idOrAlias);
  if (found) return found.id;
  throw new YishiError("PROFILE_UNKNOWN", `unknown rule profile ${JSON.stringify(idOrAlias)}; known profiles: ${describeKnownProfiles()}`);
}

export function describeKnownProfiles(): string {
  const alias = new Map(Object.entries(PROFILE_ALIASES).map(([a, id]) => [id, a]));
  return SHIPPED_PROFILES.map((p) => (alias.has(p.id) ? `${p.id} (${alias.get(p.id)})` : p.id)).join(", ");
}

/**
 * A shipped profile with its inheritance applied: the parent's rules come after
 * the profile's own, marked `inheritedFrom`, each with its own scope unchanged;
 * a rule with the same id as a parent rule replaces it (noted in `notes`).
 * Returns a fresh copy each time, so callers may change it.
 */
export function getProfile(idOrAlias: string): RuleProfile {
  return structuredClone(resolveShipped(resolveProfileId(idOrAlias), []));
}

/** Every shipped profile, in the order they are listed. */
export function listProfiles(): ProfileSummary[] {
  const alias = new Map(Object.entries(PROFILE_ALIASES).map(([a, id]) => [id, a]));
  return SHIPPED_PROFILES.map((declared) => {
    const profile = resolveShipped(declared.id, []);
    return {
      id: profile.id,
      name: { ...profile.name },
      jurisdiction: profile.jurisdiction,
      extends: profile.extends,
      alias: alias.get(profile.id),
      source: profile.source,
      year: profile.year,
      ruleCount: profile.rules.length,
      ownRuleCount: declared.rules.length,
    };
  });
}

function resolveShipped(id: string, chain: string[]): RuleProfile {
  const cached = resolved.get(id);
  if (cached) return cached;
  if (chain.includes(id)) throw new YishiError("PROFILE_INVALID", `profile inheritance loops: ${[...chain, id].join(" → ")}`);
  const declared = findShippedProfile(id);
  if (!declared) throw new YishiError("PROFILE_UNKNOWN", `profile ${chain.at(-1)} extends unknown profile ${JSON.stringify(id)}; known profiles: ${describeKnownProfiles()}`);
  const own = parseDeclared(declared);
  const profile = own.extends === undefined ? own : inheritRules(own, resolveShipped(own.extends, [...chain, id]));
  resolved.set(id, profile);
  return profile;
}

function parseDeclared(declared: RuleProfileInput): RuleProfile {
  const parsed = RuleProfile.safeParse(declared);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new YishiError("PROFILE_INVALID", `shipped profile ${declared.id} is invalid at ${first.path.join(".")}: ${first.message}`);
  }
  return parsed.data;
}

/** Merges a parent's rules under a child's; exported for user profiles built on a shipped one. */
export function inheritRules(child: RuleProfile, parent: RuleProfile): RuleProfile {
  const ownIds = new Set(child.rules.map((r) => r.id));
  const notes = [...child.notes];
  const inherited = [];
  for (const rule of parent.rules) {
    if (ownIds.has(rule.id)) {
      const mine = child.rules.find((r) => r.id === rule.id)!;
      if (formatCitation(mine.citation) !== formatCitation(rule.citation)) notes.push(`${rule.id}: ${formatCitation(mine.citation)} replaces the inherited ${formatCitation(rule.citation)}.`);
      continue;
    }
    inherited.push({ ...rule, inheritedFrom: rule.inheritedFrom ?? parent.id });
  }
  return { ...child, rules: [...child.rules, ...inherited], notes };
}
