/**
 * Whole objective values: nothing better than `target` exists once an upper
 * bound floors to it (10⁻⁶ absorbs a bound's last-digit noise, far below the
 * step of 1 between values).
 */
export const closes = (bound: number, target: number) => Math.floor(bound + 1e-6) <= target;
