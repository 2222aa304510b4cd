/**
 * A deterministic budget for the meetings search: work is counted in DP
 * steps (arcs the series DPs examine), not in seconds, so the same input
 * stops at the same point on every machine and gives the same plan, byte for
 * byte. It bounds what the search loops spend (subgradient iterations, branch
 * and bound nodes, repair rounds); the one-shot heuristics that find a first
 * plan always run, so a budget that is used up still yields a plan.
 *
 * The searches are synchronous, so the meter in force is set around a call
 * (`withWorkMeter`) rather than threaded through every function: nothing can
 * interleave with it.
 */
export interface WorkMeter {
  /** DP steps counted so far. */
  spent: number;
  /** Steps allowed; the searches stop at their next check once spent reaches it. */
  readonly limit: number;
  /** Called each time another twentieth of the limit is spent (a progress display); never changes the search. */
  onTick?: (share: number) => void;
  nextTick?: number;
}

let active: WorkMeter | undefined;

export function createWorkMeter(limit: number): WorkMeter {
  return { spent: 0, limit };
}

/** Runs `run` with `meter` counting every DP step, and restores the previous meter after. */
export function withWorkMeter<T>(meter: WorkMeter, run: () => T): T {
  const outer = active;
  active = meter;
  try {
    return run();
  } finally {
    active = outer;
  }
}

/** Counts `steps` DP steps against the meter in force (none: free). */
export function chargeWork(steps: number): void {
  if (!active) return;
  active.spent += steps;
  if (active.onTick && active.spent >= (active.nextTick ?? 0)) {
    active.nextTick = (Math.floor((20 * active.spent) / active.limit) + 1) * (active.limit / 20);
    active.onTick(Math.min(1, active.spent / active.limit));
  }
}

/** True once the meter in force has spent its limit: the searches' loops stop here. */
export function isWorkSpent(): boolean {
  return active !== undefined && active.spent >= active.limit;
}
