import { editDistance } from "@yishi/domain";

/** Up to `limit` candidates that look like `wanted`: shared parts first, then edit distance. */
export function findSimilarIds(wanted: string, candidates: readonly string[], limit = 5): string[] {
  const parts = wanted.toLowerCase().split(/[.\-_]/).filter((p) => p.length > 1);
  const scored = candidates.map((c) => {
    const lower = c.toLowerCase();
    const shared = parts.filter((p) => lower.includes(p)).length;
    return { c, shared, distance: editDistance(wanted.toLowerCase(), lower) };
  });
  const threshold = Math.max(3, Math.floor(wanted.length / 2));
  return scored
    .filter((s) => s.shared > 0 || s.distance <= threshold)
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0))
    .slice(0, limit)
    .map((s) => s.c);
}
