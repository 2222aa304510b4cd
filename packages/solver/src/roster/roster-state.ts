import type { DutyPost, DutyPreference } from "@yishi/domain";
import { weekdayOf } from "@yishi/calendar";
import type { DutyDay } from "./duty-days.js";
import type { DutyAvailability, PostPool } from "./duty-availability.js";
import { seatsOn } from "./duty-days.js";

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
  /** Per person: day index + margin → seat id holding it, or −1. */
  private readonly occ: Map<string, Int32Array> = new Map();
  private readonly margin: number;
  /**
   * avail[post][member][day]: 1 when the member may take the post that day, 2
   * when only a meeting the calendar puts them in stands in the way, 0 otherwise.
   */
  readonly avail: Uint8Array[][];
  /** While true, a meeting no longer keeps anyone off duty (the fallback when a day cannot be covered otherwise). */
  allowMeetings = false;
  readonly memberIndex: Map<string, number>[];
  private readonly prefCache = new Map<string, number>();
  /** People with at least one preference: only swaps involving them can change the penalty. */
  readonly preferringPeople: Set<string>;

  constructor(
    readonly days: DutyDay[],
    readonly pools: PostPool[],
    readonly restDays: number,
    availability: DutyAvailability,
    private readonly preferences: readonly DutyPreference[],
  ) {
    this.margin = restDays + 1;
    this.preferringPeople = new Set(preferences.map((p) => p.person));
    pools.forEach((pool, p) => {
      days.forEach((day, d) => {
        for (let k = 0; k < seatsOn(pool.post, day); k++) this.seats.push({ id: this.seats.length, day: d, post: p, cls: day.cls, heavy: day.heavy });
      });
    });
    this.postSeats = pools.map((_, p) => this.seats.filter((s) => s.post === p));
    this.holder = new Int32Array(this.seats.length).fill(-1);
    this.memberIndex = pools.map((pool) => new Map(pool.members.map((m, i) => [m, i])));
    this.avail = pools.map((pool) =>
      pool.members.map((m) =>
        Uint8Array.from(days, (day) => {
          const why = availability.why(m, day.date, pool.post);
          return why === undefined ? 1 : why.kind === "meeting" ? 2 : 0;
        }),
      ),
    );
    for (const pool of pools) for (const m of pool.members) if (!this.occ.has(m)) this.occ.set(m, new Int32Array(days.length + 2 * this.margin).fill(-1));
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
    const occ = this.occ.get(person);
    const i = day + this.margin;
    if (occ && i >= 0 && i < occ.length) occ[i] = -2;
  }

  isAvailable(post: number, member: number, day: number): boolean {
    const a = this.avail[post]![member]![day]!;
    return a === 1 || (a === 2 && this.allowMeetings);
  }

  /** canTake calls so far: the unit of work budgets (a count, so results never depend on the machine). */
  takeChecks = 0;

  /** May `member` of the seat's post hold it: available, and rest kept (ignoring the seats in `ignore`). */
  canTake(seat: Seat, member: number, ignore: readonly number[] = []): boolean {
    this.takeChecks++;
    if (!this.isAvailable(seat.post, member, seat.day)) return false;
    const occ = this.occ.get(this.pools[seat.post]!.members[member]!)!;
    const r = this.restDays;
    for (let k = seat.day - r; k <= seat.day + r; k++) {
      const s = occ[k + this.margin];
      if (s === undefined || s === -1) continue;
      if (s >= 0 && (s === seat.id || ignore.includes(s))) continue;
      return false;
    }
    return true;
  }

  /** Seats within the rest window of `day` held by the person (the ones that block a new duty there). */
  blockers(person: string, day: number): number[] {
    const occ = this.occ.get(person)!;
    const out: number[] = [];
    for (let k = day - this.restDays; k <= day + this.restDays; k++) {
      const s = occ[k + this.margin];
      if (s !== undefined && s !== -1) out.push(s);
    }
    return out;
  }

  assign(seat: Seat, member: number): void {
    this.release(seat);
    this.holder[seat.id] = member;
    this.occ.get(this.pools[seat.post]!.members[member]!)![seat.day + this.margin] = seat.id;
  }

  release(seat: Seat): void {
    const h = this.holder[seat.id]!;
    if (h < 0) return;
    const occ = this.occ.get(this.pools[seat.post]!.members[h]!)!;
    if (occ[seat.day + this.margin] === seat.id) occ[seat.day + this.margin] = -1;
    this.holder[seat.id] = -1;
  }

  /** Preference penalty of a person on a day: avoid weights minus prefer weights. */
  penalty(person: string, day: number): number {
    if (!this.preferringPeople.has(person)) return 0;
    const date = this.days[day]!.date;
    const key = `${person}\u0000${date}`;
    let v = this.prefCache.get(key);
    if (v === undefined) {
      v = 0;
      for (const pref of this.preferences) {
        if (pref.person !== person) continue;
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
