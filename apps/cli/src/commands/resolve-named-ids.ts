import { YishiError, compareText, editDistance, type Spec } from "@yishi/domain";

export type NamedKind = "person" | "post";

/** Something an option may name: its id, its name, and what tells namesakes apart. */
export interface NamedCandidate {
  id: string;
  name: string;
  /** What tells two of the same name apart: a person's title or unit, a meeting's date. */
  detail?: string | undefined;
}

const KIND_WORDS: Record<NamedKind, { zh: string; en: string }> = {
  person: { zh: "人员", en: "person" },
  post: { zh: "值班岗位", en: "duty post" },
};

/**
 * What a command-line option names: an id of the spec, or a name (陈静,
 * 带班领导) that resolves to one. An id wins over a name. A name two entries
 * share is an error listing both (ids and names), and one matching nothing
 * suggests close spellings of ids and names: a planner types names, and a
 * guess between namesakes would swap the wrong person's duty.
 */
export function resolveNamedId(spec: Pick<Spec, "people" | "duty">, option: string, text: string, kind: NamedKind): string {
  const candidates = listCandidates(spec, kind);
  if (candidates.some((c) => c.id === text)) return text;
  const word = KIND_WORDS[kind];
  const named = pickOneNamed(option, text, candidates.filter((c) => c.name === text), { ...word, enPlural: word.en === "person" ? "people" : `${word.en}s` });
  if (named !== undefined) return named;
  const close = findCloseSpellings(text, candidates);
  const hint = close.length > 0 ? ` (did you mean ${close.map(describeCandidate).join(" or ")}?)` : "";
  throw new YishiError(
    "USAGE",
    `${option}: unknown ${word.en} "${text}"${hint} (expected a ${word.en} id or name of the spec: ${candidates.map((c) => c.id).join(", ")})`,
    { path: [option] },
  );
}

/**
 * The one entry `text` named, undefined when it named none; two or more are
 * an error listing them all, ids and details, since a guess could act on the
 * wrong one.
 */
export function pickOneNamed(option: string, text: string, matches: readonly NamedCandidate[], word: { zh: string; en: string; enPlural: string }): string | undefined {
  if (matches.length <= 1) return matches[0]?.id;
  const list = matches.map(describeCandidate).join(", ");
  throw new YishiError("USAGE", `${option}: "${text}" names ${matches.length} ${word.enPlural}: ${list}; give the id (${matches.length} 个${word.zh}同名：${list}；请给出 id)`, { path: [option] });
}

/** `陈静（chen-jing）` (`陈静 (chen-jing)` in English): how answers name a person or post, so a namesake is never mistaken. */
export function describeNamed(spec: Pick<Spec, "people" | "duty">, id: string, kind: NamedKind, lang: "zh" | "en"): string {
  const name = listCandidates(spec, kind).find((c) => c.id === id)?.name;
  if (name === undefined || name === id) return id;
  return lang === "zh" ? `${name}（${id}）` : `${name} (${id})`;
}

function listCandidates(spec: Pick<Spec, "people" | "duty">, kind: NamedKind): NamedCandidate[] {
  return kind === "person" ? spec.people.map((p) => ({ id: p.id, name: p.name, detail: p.title ?? p.unit })) : spec.duty.posts.map((p) => ({ id: p.id, name: p.name }));
}

/** `chen-jing (陈静, 副区长)`: an id with what it names, in error messages. */
export function describeCandidate(c: NamedCandidate): string {
  return `${c.id} (${[c.name, c.detail].filter((x) => x !== undefined).join(", ")})`;
}

/** Ids or names within a typo of `text` (a third of its length, at least one character), closest first. */
export function findCloseSpellings(text: string, candidates: readonly NamedCandidate[]): NamedCandidate[] {
  if (text.length > 64) return [];
  const limit = Math.max(1, Math.floor(text.length / 3));
  const wanted = text.toLowerCase();
  return candidates
    .map((c) => ({ c, distance: Math.min(editDistance(wanted, c.id.toLowerCase()), editDistance(wanted, c.name.toLowerCase())) }))
    .filter((x) => x.distance <= limit)
    .sort((a, b) => a.distance - b.distance || compareText(a.c.id, b.c.id))
    .slice(0, 3)
    .map((x) => x.c);
}
