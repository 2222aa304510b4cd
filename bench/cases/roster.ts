import type { BenchCase } from "../bench-case.js";

/** Cases for the roster planner (see its issue for sizes and targets). */
export const cases: BenchCase[] = [];
