import { compareText } from "@yishi/domain";
import type { DutyAssignment, Plan, Spec } from "@yishi/domain";
import { diffDays } from "@yishi/calendar";
import type { SwapVerdict } from "./check-swap.js";
import type { DutyAvailability } from "@yishi/rules";

type DutyPost = Spec["duty"]["posts"][number];

export interface Rotation {
  /** B, who takes the duty A cannot serve. */
  replacement: string;
  /** C, who takes B's other duty and gives A one of theirs. */
  third: string;
  changes: SwapVerdict["changes"];
  roster: DutyAssignment[];
}

export interface FindRotationsInput {
  plan: Plan;
  post: DutyPost;
  date: string;
  person: string;
  members: readonly string[];
  availability: DutyAvailability;
  /** Returns the roster after the changes when they keep every hard rule. */
  valid(changes: SwapVerdict["changes"]): DutyAssignment[] | undefined;
  /** Full rule checks spent at most (each costs a whole-plan check). */
  budget?: number;
  /** Stop after this many rotations keeping the rules. */
  limit: number;
}

/**
 * Three-way rotations, for when no two-person exchange and no substitute
 * keeps the rules (a small leader pool with many trips): B takes A's day, C
 * takes one of B's duties, A takes one of C's, so nobody's count moves
 * (房山区 第七十四条 调换, chained). Candidates are first filtered by each
 * person's own availability on the day they take (absence, meetings,
 * restrictions: cheap, independent of the rest of the roster), tried nearest
 * dates first, and each is judged by the full checker within `budget`.
 */
export function findRotations(input: FindRotationsInput): Rotation[] {
  const { plan, post, date, person, members, availability } = input;
  const dutiesOf = new Map<string, string[]>();
  const taken = new Set<string>();
  for (const a of plan.roster) {
    if (a.post !== post.id) continue;
    taken.add(`${a.date}|${a.person}`);
    if (a.date === date || a.date < plan.period.from || a.date > plan.period.to) continue;
    dutiesOf.set(a.person, [...(dutiesOf.get(a.person) ?? []), a.date]);
  }
  const free = (p: string, d: string) => !taken.has(`${d}|${p}`) && availability.isAvailable(p, d, post);
  const candidates: { b: string; c: string; d2: string; d3: string; rank: number[] }[] = [];
  const others = members.filter((m) => m !== person && free(m, date));
  for (const b of others) {
    for (const d2 of dutiesOf.get(b) ?? []) {
      for (const c of members) {
        if (c === person || c === b || !free(c, d2)) continue;
        for (const d3 of dutiesOf.get(c) ?? []) {
          if (d3 === d2 || !free(person, d3)) continue;
          candidates.push({ b, c, d2, d3, rank: [Math.abs(diffDays(date, d2)) + Math.abs(diffDays(date, d3)), members.indexOf(b), members.indexOf(c), d2 < d3 ? 0 : 1] });
        }
      }
    }
  }
  candidates.sort((x, y) => {
    for (let i = 0; i < x.rank.length; i++) if (x.rank[i] !== y.rank[i]) return x.rank[i]! - y.rank[i]!;
    return compareText(x.d2, y.d2) || compareText(x.d3, y.d3);
  });
  const found: Rotation[] = [];
  for (const { b, c, d2, d3 } of candidates.slice(0, input.budget ?? 300)) {
    const changes = [
      { date, post: post.id, from: person, to: b },
      { date: d2, post: post.id, from: b, to: c },
      { date: d3, post: post.id, from: c, to: person },
    ];
    const roster = input.valid(changes);
    if (roster) found.push({ replacement: b, third: c, changes, roster });
    if (found.length >= input.limit) break;
  }
  return found;
}
