/**
 * Readings of “about every half year / three months” (一般每半年召开一次,
 * 原则上每半年召开一次, 一般三个月安排一次): the articles give no number of days, so
 * these are the profiles' own, said as such in every message, and a spec
 * overrides them like any parameter. A half-year is 182 days, a quarter 91;
 * “about” is read as two months either way for the half-year and one month
 * for the quarter: close enough that two sessions never fall either side of
 * one span's border, and far enough that a holiday or a session's business
 * may move one.
 */
export const ABOUT_EVERY_HALF_YEAR = { minGapDays: 121, maxGapDays: 243 } as const;
export const ABOUT_EVERY_QUARTER = { minGapDays: 61, maxGapDays: 121 } as const;
