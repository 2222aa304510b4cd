/** Exit codes scripts can rely on. */
export const EXIT = {
  /** Success; for `check`, no hard violation. */
  OK: 0,
  /** The plan breaks at least one hard rule (check, plan, replan). */
  HARD_VIOLATION: 1,
  /** The user's input is wrong: bad arguments, a malformed spec, an unknown year. */
  BAD_INPUT: 2,
  /** No plan keeps every hard rule; the best plan found was still written. */
  INFEASIBLE: 3,
  /** A service the command needs is unavailable (the batch queue's Redis): try again later (sysexits EX_UNAVAILABLE). */
  UNAVAILABLE: 69,
  /** A bug in Yishi. */
  INTERNAL: 70,
} as const;
