import type { RosterState } from "./roster-state.js";

/**
 * A lower bound on the preference penalty over every roster that gives each
 * person the same number of duties of each day class as `state` does (the
 * fairness solution, which preferences may not disturb): each person alone
 * takes their best days of the class among the days they are available for,
 * ignoring everyone else and the rest rule. Dropping constraints only lowers
 * the minimum, so the bound is valid; when the roster's penalty meets it,
 * the preferences are served as well as these counts allow.
 */
export function boundPreferencePenalty(state: RosterState): number {
  let bound = 0;
  state.pools.forEach((pool, p) => {
    pool.members.forEach((_, m) => {
      if (!state.prefers(p, m)) return;
      const held = new Map<string, number>();
      const days = new Map<string, Set<number>>();
      for (const seat of state.seats) {
        if (seat.post !== p) continue;
        const cls = `${seat.cls}|${seat.heavy}`;
        if (state.holder[seat.id] === m) held.set(cls, (held.get(cls) ?? 0) + 1);
        if (state.holder[seat.id] === m || state.isAvailable(p, m, seat.day)) {
          let set = days.get(cls);
          if (!set) days.set(cls, (set = new Set()));
          set.add(seat.day);
        }
      }
      for (const [cls, count] of held) {
        const best = [...days.get(cls)!].map((d) => state.penalty(p, m, d)).sort((a, b) => a - b);
        for (let k = 0; k < count; k++) bound += best[k]!;
      }
    });
  });
  return bound;
}
