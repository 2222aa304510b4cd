import type { LocalizedText } from "@yishi/domain";

/** One listed day of an official arrangement: a day off, or a working day (调休 when on a weekend). */
export interface ListedDay {
  off: boolean;
  name: LocalizedText;
}

/**
 * One year's official arrangement: the days it lists, by date. It may list a
 * few days of an adjacent year (the New Year holiday can start in December).
 */
export type Arrangement = ReadonlyMap<string, ListedDay>;

/** Arrangements by the year they were published for. */
export type ArrangementTable = ReadonlyMap<number, Arrangement>;
