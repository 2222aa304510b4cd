import { hashContent, type PlanBasis } from "@yishi/domain";
import type { ExportFormat } from "@yishi/export";
import { YISHI_VERSION } from "./yishi-version.js";

/**
 * What a government's output was made from: the content hashes of its spec,
 * effective profile and calendar (describePlanBasis), the period, the
 * exports asked for and Yishi's version. Equal keys give equal outputs
 * (planning is deterministic), so a re-run may skip the government.
 */
export function computePlanKey(basis: PlanBasis, period: { from: string; to: string }, exports: readonly ExportFormat[], version: string = YISHI_VERSION): string {
  return hashContent({ basis, period: { from: period.from, to: period.to }, exports: [...exports].sort(), yishi: version });
}
