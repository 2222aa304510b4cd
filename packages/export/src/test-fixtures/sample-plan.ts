import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Plan, parseSpec, type Spec } from "@yishi/domain";

/**
 * The exporters' fixture, kept as files in examples/sample/ so the CLI and the
 * browser tests read the same one without a package exporting test data: a
 * hand-made, realistic 2026Q1 plan for 钟山区, and its spec (the bundled
 * example plus twelve late filings, so that the last executive meeting really
 * carries 16 items, 钟山区 第四十五条). Fresh objects on every call: tests edit them.
 */
const SAMPLE = new URL("../../../../examples/sample/", import.meta.url);

export function loadSampleSpec(): Spec {
  const file = fileURLToPath(new URL("spec.json", SAMPLE));
  return parseSpec(readFileSync(file, "utf8"), file);
}

export function buildSamplePlan(): Plan {
  return Plan.parse(JSON.parse(readFileSync(fileURLToPath(new URL("plan.json", SAMPLE)), "utf8")));
}
