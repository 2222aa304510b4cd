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
  /** A share's meter (withWorkShare) counts every step into its parent too, and is spent when either is. */
  parent?: WorkMeter;
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
  for (let meter = active; meter !== undefined; meter = meter.parent) {
    meter.spent += steps;
    if (meter.onTick && meter.spent >= (meter.nextTick ?? 0)) {
      meter.nextTick = (Math.floor((20 * meter.spent) / meter.limit) + 1) * (meter.limit / 20);
      meter.onTick(Math.min(1, meter.spent / meter.limit));
    }
  }
}

/** True once the meter in force (or, for a share, the meter it is part of) has spent its limit: the searches' loops stop here. */
export function isWorkSpent(): boolean {
  for (let meter = active; meter !== undefined; meter = meter.parent) if (meter.spent >= meter.limit) return true;
  return false;
}

/**
 * Runs `run` with at most `share` of the limit of the meter in force to
 * spend: its steps count in that meter too, and its searches stop when either
 * is spent. For a heuristic that must not eat the budget of the search around
 * it. With no meter in force, `run` runs free.
 */
export function withWorkShare<T>(share: number, run: () => T): T {
  if (active === undefined) return run();
  return withWorkMeter({ spent: 0, limit: share * active.limit, parent: active }, run);
}

/**
 * Runs `run` so that it stops once what the meter in force has left falls to
 * `reserve` of its limit: the rest is kept for what comes after it (a
 * search that must leave its caller work to improve the plan it found). Its
 * steps count in that meter too. With no meter in force, `run` runs free.
 */
export function withWorkReserve<T>(reserve: number, run: () => T): T {
  if (active === undefined) return run();
  return withWorkMeter({ spent: 0, limit: Math.max(0, active.limit * (1 - reserve) - active.spent), parent: active }, run);
}
