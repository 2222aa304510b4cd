/**
 * The greatest common divisor of item lengths in minutes. Agenda items run
 * 10, 15, 20, 30 minutes: every sum of them is a multiple of 5, so a DP over
 * minutes can count in units of 5 (capacity ⌊max / 5⌋) and lose nothing,
 * with a table 5 times (two meetings: 25 times) smaller. Exact: Σ m ≤ M ⇔
 * Σ m/g ≤ ⌊M/g⌋ when g divides every m.
 */
export function minutesUnit(minutes: Iterable<number>): number {
  let g = 0;
  for (const m of minutes) {
    let a = g;
    let b = Math.round(m);
    while (b !== 0) [a, b] = [b, a % b];
    g = a;
    if (g === 1) return 1;
  }
  return Math.max(1, g);
}
