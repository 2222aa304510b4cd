import { describe, expect, it } from "vitest";
import { readFinishedJob, type FinishedJobView } from "./read-finished-job.js";

/** A job as BullMQ hands it out: what was read (`returnvalue`), and the state asked afterwards. */
const view = (returnvalue: unknown, state: string): FinishedJobView => ({ returnvalue, getState: async () => state });

describe("readFinishedJob", () => {
  it("a job that finished between the first read and the state: read again, so its result is there (a batch once waited for ever on it)", async () => {
    // First read while active (no result yet), state asked after it completed, second read with the result.
    const reads = [view(null, "completed"), view({ row: "r" }, "completed")];
    const finished = await readFinishedJob(async () => reads.shift());
    expect(finished?.state).toBe("completed");
    expect(finished?.job.returnvalue).toEqual({ row: "r" });
    expect(reads).toEqual([]);
  });

  it("a completed job whose result is not readable yet is not an answer: undefined, asked again at the next sweep", async () => {
    expect(await readFinishedJob(async () => view(null, "completed"))).toBeUndefined();
  });

  it("a job still waiting or active is not finished; a failed one is, with no result needed", async () => {
    expect(await readFinishedJob(async () => view(null, "active"))).toBeUndefined();
    expect(await readFinishedJob(async () => undefined)).toBeUndefined();
    expect((await readFinishedJob(async () => ({ ...view(null, "failed"), failedReason: "stalled twice" })))?.state).toBe("failed");
  });
});
