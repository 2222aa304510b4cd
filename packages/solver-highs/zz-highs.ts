import { readFileSync } from "node:fs";
import { toAssignmentLpModel } from "@yishi/solver";
import { createHighsBackend } from "./src/index.js";
const be = await createHighsBackend();
for (const g of process.argv.slice(2)) {
  const d = JSON.parse(readFileSync(`/tmp/zz/agall/gov-${g}.json`, "utf8"));
  const t = performance.now();
  const r = await be.solve(toAssignmentLpModel(d.problem), { timeLimitMs: 240_000 });
  console.log(`gov-${g}`, r.status, r.objective, "ours", d.objective, ((performance.now() - t) / 1000).toFixed(1), "s");
}
