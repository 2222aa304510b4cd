import { YishiError, compareText, editDistance, type Spec } from "@yishi/domain";

export type NamedKind = "person" | "post";

interface Candidate {
  id: string;
  name: string;
  /** What tells two of the same name apart: a person's title or unit. */
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
  const named = candidates.filter((c) => c.name === text);
  const word = KIND_WORDS[kind];
  if (named.length === 1) return named[0]!.id;
  if (named.length > 1) {
    const list = named.map(describeCandidate).join(", ");
    throw new YishiError("USAGE", `${option}: "${text}" names ${named.length} ${word.en === "person" ? "people" : `${word.en}s`}: ${list}; give the id (${named.length} 个${word.zh}同名：${list}；请给出 id)`, { path: [option] });
  }
  const close = findCloseSpellings(text, candidates);
  const hint = close.length > 0 ? ` (did you mean ${close.map(describeCandidate).join(" or ")}?)` : "";
  throw new YishiError(
    "USAGE",
    `${option}: unknown ${word.en} "${text}"${hint} (expected a ${word.en} id or name of the spec: ${candidates.map((c) => c.id).join(", ")})`,
    { path: [option] },
  );
}

/** `陈静（chen-jing）` (`陈静 (chen-jing)` in English): how answers name a person or post, so a namesake is never mistaken. */
export function describeNamed(spec: Pick<Spec, "people" | "duty">, id: string, kind: NamedKind, lang: "zh" | "en"): string {
  const name = listCandidates(spec, kind).find((c) => c.id === id)?.name;
  if (name === undefined || name === id) return id;
  return lang === "zh" ? `${name}（${id}）` : `${name} (${id})`;
}

function listCandidates(spec: Pick<Spec, "people" | "duty">, kind: NamedKind): Candidate[] {
  return kind === "person" ? spec.people.map((p) => ({ id: p.id, name: p.name, detail: p.title ?? p.unit })) : spec.duty.posts.map((p) => ({ id: p.id, name: p.name }));
}

function describeCandidate(c: Candidate): string {
  return `${c.id} (${[c.name, c.detail].filter((x) => x !== undefined).join(", ")})`;
}

/** Ids or names within a typo of `text` (a third of its length, at least one character), closest first. */
function findCloseSpellings(text: string, candidates: Candidate[]): Candidate[] {
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
