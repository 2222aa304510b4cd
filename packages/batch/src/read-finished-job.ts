/** What readFinishedJob needs of a BullMQ job. */
export interface FinishedJobView {
  returnvalue: unknown;
  failedReason?: string;
  getState(): Promise<string>;
}

/**
 * A job that has finished, read so that its result is there: the state is
 * asked after a first read, and the job read again once the state is final,
 * because a job that finishes between the two has a final state but a first
 * read without its result (taking that as the answer lost the government:
 * the batch waited for ever). Undefined while it has not finished, or when
 * its result is not readable yet: the caller asks again at its next sweep.
 */
export async function readFinishedJob<J extends FinishedJobView>(fetch: () => Promise<J | undefined>): Promise<{ state: "completed" | "failed"; job: J } | undefined> {
  const seen = await fetch();
  if (!seen) return undefined;
  const state = await seen.getState();
  if (state !== "completed" && state !== "failed") return undefined;
  const job = await fetch();
  if (!job || (state === "completed" && (job.returnvalue === null || job.returnvalue === undefined))) return undefined;
  return { state, job };
}
