import { readFileSync } from "node:fs";
import { cutAssignmentBound } from "./src/agenda/cut-assignment-bound.js";
import { excludePairsByBound } from "./src/agenda/exclude-pairs.js";
const dir = "/tmp/zz/agall";
const cbc = new Map(readFileSync(`${dir}/cbc.txt`, "utf8").split("\n").filter(Boolean).map((l) => { const f = l.split("|"); return [f[0], { opt: f[1]!.includes("Optimal"), v: Number(f[2]!.split(":")[1]) }]; }));
const names = readFileSync(process.env.LIST ?? "/tmp/zz/left.txt", "utf8").split("\n").filter(Boolean).slice(0, Number(process.env.N ?? 1000));
let proved = 0, wrong = 0, t0 = performance.now(), tt = 0;
for (const name of names) {
  const d = JSON.parse(readFileSync(`${dir}/${name}.json`, "utf8"));
  const ref = cbc.get(name)!;
  const ex = process.env.NOEX ? { problem: d.problem } : excludePairsByBound(d.problem, d.objective);
  const t = performance.now();
  const r = cutAssignmentBound(ex.problem, d.objective);
  const dt = performance.now() - t; tt += dt;
  const ok = Math.floor(r.bound + 1e-6) <= d.objective;
  if (ok) proved++;
  if (ref.opt && r.bound < ref.v - 1e-6) wrong++;
  if (process.env.V) console.log(name, ex.problem.pairs.length, "bound", r.bound.toFixed(2), "plan", d.objective, "cbc", ref.v, ref.opt ? "" : "(inc)", "gap", (r.bound - d.objective).toFixed(1), ok ? "PROVED" : "", r.rounds, r.cuts.length, r.pivots, dt.toFixed(0) + "ms");
}
console.log("n", names.length, "proved", proved, "bound below CBC optimum (wrong)", wrong, "cut ms", tt.toFixed(0), "total", (performance.now() - t0).toFixed(0));
