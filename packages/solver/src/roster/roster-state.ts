import type { DutyPost, DutyPreference } from "@yishi/domain";
import { weekdayOf } from "@yishi/calendar";
import type { DutyDay } from "./duty-days.js";
import type { PostPool } from "@yishi/rules";
import { seatsOn } from "./duty-days.js";
import { AVAILABLE, ONLY_DESPITE_MEETING } from "./availability-grid.js";

/** No seats to ignore: one shared empty list, not a new one per canTake call. */
const NONE: readonly number[] = [];

/** One person-place to fill: post `post`, day `day`, the `seat`-th person that day. */
export interface Seat {
  id: number;
  day: number;
  post: number;
  cls: DutyDay["cls"];
  heavy: boolean;
}

/**
 * The mutable roster the planner works on: seats, who holds them, and each
 * person's occupied days (for the rest rule, which spans posts). Days are
 * indices into `days`; `margin` extra days on each side hold duties fixed
 * outside the period (an earlier roster), so rest is kept across the border.
 */
export class RosterState {
  readonly seats: Seat[] = [];
  /** Each post's seats (a contiguous run of `seats`, in the same order): what per-post passes scan. */
  readonly postSeats: Seat[][];
  readonly holder: Int32Array;
  /**
   * Per person (personIndex) and day: occ[person × width + day + margin]
   * → seat id holding it, −1 free, −2 a duty outside the period. Indexed by
   * number, not by id: canTake reads it for every member of every seat.
   */
  private readonly occ: Int32Array;
  private readonly width: number;
  private readonly margin: number;
  /** Every pool member once, in order of first appearance; the rest rule spans posts, so it is kept per person. */
  private readonly personIndex = new Map<string, number>();
  /** memberPerson[post][member]: the member's personIndex. */
  private readonly memberPerson: Int32Array[];
  /**
   * avail[post][member][day] (buildAvailabilityGrid): 1 when the member may
   * take the post that day, 2 when only a meeting the calendar puts them in
   * stands in the way, 0 otherwise. Rows may be shared between posts: read only.
   */
  readonly avail: Uint8Array[][];
  /** While true, a meeting no longer keeps anyone off duty (the fallback when a day cannot be covered otherwise). */
  allowMeetings = false;
  readonly memberIndex: Map<string, number>[];
  /** Each person's preferences (by personIndex), in spec order; empty for most. */
  private readonly preferencesOf: DutyPreference[][];
  /** Penalties worked out so far, by personIndex × days + day. */
  private readonly prefCache = new Map<number, number>();
  /** Whether anyone in a pool states a preference: only then can a swap change the penalty. */
  readonly hasPreferences: boolean;

  constructor(
    readonly days: DutyDay[],
    readonly pools: PostPool[],
    readonly restDays: number,
    avail: Uint8Array[][],
    preferences: readonly DutyPreference[],
  ) {
    this.margin = restDays + 1;
    pools.forEach((pool, p) => {
      days.forEach((day, d) => {
        for (let k = 0; k < seatsOn(pool.post, day); k++) this.seats.push({ id: this.seats.length, day: d, post: p, cls: day.cls, heavy: day.heavy });
      });
    });
    this.postSeats = pools.map((_, p) => this.seats.filter((s) => s.post === p));
    this.holder = new Int32Array(this.seats.length).fill(-1);
    this.memberIndex = pools.map((pool) => new Map(pool.members.map((m, i) => [m, i])));
    this.avail = avail;
    for (const pool of pools) for (const m of pool.members) if (!this.personIndex.has(m)) this.personIndex.set(m, this.personIndex.size);
    this.memberPerson = pools.map((pool) => Int32Array.from(pool.members, (m) => this.personIndex.get(m)!));
    this.width = days.length + 2 * this.margin;
    this.occ = new Int32Array(this.personIndex.size * this.width).fill(-1);
    this.preferencesOf = Array.from({ length: this.personIndex.size }, () => []);
    for (const pref of preferences) {
      const p = this.personIndex.get(pref.person);
      if (p !== undefined) this.preferencesOf[p]!.push(pref);
    }
    this.hasPreferences = this.preferencesOf.some((list) => list.length > 0);
  }

  /** Where the member's days start in `occ`, shifted by the margin: day d is at start + d. */
  private occStart(post: number, member: number): number {
    return this.memberPerson[post]![member]! * this.width + this.margin;
  }

  post(seat: Seat): DutyPost {
    return this.pools[seat.post]!.post;
  }

  personOf(seat: Seat): string | undefined {
    const h = this.holder[seat.id]!;
    return h < 0 ? undefined : this.pools[seat.post]!.members[h];
  }

  /** Marks a duty outside the period (day index may be negative or ≥ days.length) for the rest rule. */
  fixOutside(person: string, day: number): void {
    const p = this.personIndex.get(person);
    const i = day + this.margin;
    if (p !== undefined && i >= 0 && i < this.width) this.occ[p * this.width + i] = -2;
  }

  isAvailable(post: number, member: number, day: number): boolean {
    const a = this.avail[post]![member]![day]!;
    return a === AVAILABLE || (a === ONLY_DESPITE_MEETING && this.allowMeetings);
  }

  /** canTake calls so far: the unit of work budgets (a count, so results never depend on the machine). */
  takeChecks = 0;

  /** May `member` of the seat's post hold it: available, and rest kept (ignoring the seats in `ignore`). */
  canTake(seat: Seat, member: number, ignore: readonly number[] = NONE): boolean {
    this.takeChecks++;
    if (!this.isAvailable(seat.post, member, seat.day)) return false;
    const occ = this.occ;
    const start = this.occStart(seat.post, member);
    const r = this.restDays;
    // The margin keeps start + k inside the member's own days for every k here.
    for (let k = seat.day - r; k <= seat.day + r; k++) {
      const s = occ[start + k]!;
      if (s === -1) continue;
      if (s >= 0 && (s === seat.id || ignore.includes(s))) continue;
      return false;
    }
    return true;
  }

  /** Seats within the rest window of `day` held by the post's member (the ones that block a new duty there); −2 for a duty outside the period. */
  blockers(post: number, member: number, day: number): number[] {
    const start = this.occStart(post, member);
    const out: number[] = [];
    for (let k = day - this.restDays; k <= day + this.restDays; k++) {
      const s = this.occ[start + k]!;
      if (s !== -1) out.push(s);
    }
    return out;
  }

  assign(seat: Seat, member: number): void {
    this.release(seat);
    this.holder[seat.id] = member;
    this.occ[this.occStart(seat.post, member) + seat.day] = seat.id;
  }

  release(seat: Seat): void {
    const h = this.holder[seat.id]!;
    if (h < 0) return;
    const i = this.occStart(seat.post, h) + seat.day;
    if (this.occ[i] === seat.id) this.occ[i] = -1;
    this.holder[seat.id] = -1;
  }

  /** Whether the post's member states any preference (only swaps involving one can change the penalty). */
  prefers(post: number, member: number): boolean {
    return this.preferencesOf[this.memberPerson[post]![member]!]!.length > 0;
  }

  /** Preference penalty of a post's member on a day: avoid weights minus prefer weights. Asked for every candidate of every seat, so by index. */
  penalty(post: number, member: number, day: number): number {
    const person = this.memberPerson[post]![member]!;
    const prefs = this.preferencesOf[person]!;
    if (prefs.length === 0) return 0;
    const key = person * this.days.length + day;
    let v = this.prefCache.get(key);
    if (v === undefined) {
      const date = this.days[day]!.date;
      v = 0;
      for (const pref of prefs) {
        if (pref.date === date || (pref.weekday !== undefined && pref.weekday === weekdayOf(date))) v += pref.kind === "avoid" ? pref.weight : -pref.weight;
      }
      this.prefCache.set(key, v);
    }
    return v;
  }

  /** Period counts per member of a post: festival, heavy (festival included) and total duties. */
  counts(post: number): { festival: number[]; heavy: number[]; total: number[] } {
    const n = this.pools[post]!.members.length;
    const festival = new Array<number>(n).fill(0);
    const heavy = new Array<number>(n).fill(0);
    const total = new Array<number>(n).fill(0);
    for (const seat of this.postSeats[post]!) {
      const h = this.holder[seat.id]!;
      if (h < 0) continue;
      total[h]!++;
      if (seat.heavy) heavy[h]!++;
      if (seat.cls === "festival") festival[h]!++;
    }
    return { festival, heavy, total };
  }
}
