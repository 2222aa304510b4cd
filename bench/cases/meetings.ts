import type { BenchCase } from "../bench-case.js";

/** Cases for the meetings planner (see its issue for sizes and targets). */
export const cases: BenchCase[] = [];
