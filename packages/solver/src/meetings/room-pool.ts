import type { SeriesContext } from "./analyse-series.js";
import { timesOverlap } from "./clock.js";
import { occurrenceOn, shareDay, type Occurrence } from "./series-clash.js";

/** Every room a series may hold an occurrence in: its pool, else its one room (pins naming another aside). */
export function roomsOf(ctx: Pick<SeriesContext, "room" | "rooms">): string[] {
  return ctx.rooms ?? (ctx.room !== undefined ? [ctx.room] : []);
}

/** Whether two series may ever want the same room: their pools (or rooms) overlap. */
export function shareRoom(a: Pick<SeriesContext, "room" | "rooms">, b: Pick<SeriesContext, "room" | "rooms">): boolean {
  const mine = roomsOf(a);
  return mine.length > 0 && roomsOf(b).some((r) => mine.includes(r));
}

/**
 * Rooms for the pinned occurrences of a pool that name none. A pin is one
 * forced node of the series' DP (no path may skip it), so its room is fixed
 * here, not chosen by the search: the first room of the pool (in its order)
 * that no pin placed so far holds at an overlapping time, else the first.
 * Pins naming their room, and pins of series with one room, are placed
 * first, as they are; then the others in series and pin order. Deterministic.
 * Writes each context's `pinRooms`.
 */
export function choosePinRooms(contexts: readonly SeriesContext[]): void {
  const taken: Occurrence[] = [];
  for (const ctx of contexts) {
    for (const pin of ctx.series.pinned) {
      const room = pin.room ?? (ctx.rooms === undefined ? ctx.room : undefined);
      if (room !== undefined) taken.push(occurrenceOn(ctx, pin.date, pin, room));
    }
  }
  for (const ctx of contexts) {
    if (ctx.rooms === undefined || ctx.pinRooms === undefined) continue;
    for (const pin of ctx.series.pinned) {
      if (pin.room !== undefined) continue;
      const free = (room: string) => {
        const o = occurrenceOn(ctx, pin.date, pin, room);
        return !taken.some((t) => t.room === room && shareDay(t, o) && timesOverlap(t.start, t.end, o.start, o.end));
      };
      const room = ctx.rooms.find(free) ?? ctx.rooms[0]!;
      ctx.pinRooms.set(pin.date, room);
      taken.push(occurrenceOn(ctx, pin.date, pin, room));
    }
  }
}
