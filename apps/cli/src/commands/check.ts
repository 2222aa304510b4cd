import { Option, type Command } from "commander";
import { loadSpecCalendar } from "@yishi/calendar";
import { YishiError, formatCitation, loadPlan, type Violation } from "@yishi/domain";
import { loadSpecWithImports } from "@yishi/tables";
import { describeStoredVerdict, judgePlan, resolveProfile } from "@yishi/rules";
import type { CommandContext } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { assertPlanOfSpec } from "./assert-plan-of-spec.js";
import type { Lang } from "./calendar.js";

interface CheckCliOptions {
  profile?: string;
  format: "text" | "json";
  lang: Lang;
  explain?: boolean;
}

export function registerCheckCommand(program: Command, ctx: CommandContext): void {
  program
    .command("check")
    .description("check a plan (made by yishi or by hand) against the spec's rule profile; exit 1 on any hard violation")
    .argument("<spec>", "the spec the plan belongs to (YAML or JSON)")
    .argument("<plan>", "the plan (plan.json)")
    .option("--profile <id>", "judge by this shipped profile instead of the spec's profile selection (the spec's overrides are not applied)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addOption(new Option("--lang <lang>", "output language").choices(["zh", "en"]).default("zh"))
    .option("--explain", "under each violation, the article's own words and how to fix it")
    .action(async (specFile: string, planFile: string, options: CheckCliOptions) => {
      const loaded = await loadSpecWithImports(specFile);
      const plan = loadPlan(planFile);
      assertPlanOfSpec(specFile, loaded.spec, planFile, plan);
      const profile =
        options.profile !== undefined ? resolveProfile(options.profile, { path: ["--profile"] }) : resolveProfile(loaded.spec.profile, { file: specFile });
      const verdict = withPlanFile(planFile, () => judgePlan({ plan, spec: loaded.spec, profile, calendar: loadSpecCalendar(loaded) }));
      if (!verdict.checked) throw new Error("a plan judged with its spec is always checked");
      const { violations, storedDiffers } = verdict;
      const summary = { hard: violations.filter((v) => v.severity === "hard").length, soft: violations.filter((v) => v.severity === "soft").length };
      // Where the file's own stored verdict was judged against something else (what is printed is always the fresh one).
      const note = describeStoredVerdict(verdict);
      if (options.format === "json") ctx.io.out(JSON.stringify({ violations, summary, storedDiffers }, null, 2));
      else ctx.io.out(renderViolations(violations, summary, profile.id, options.lang, options.explain === true) + (note === undefined ? "" : `\n${note[options.lang]}`));
      ctx.setExitCode(summary.hard > 0 ? EXIT.HARD_VIOLATION : EXIT.OK);
    });
}

/** PLAN_INVALID from the checker names paths inside the plan: say which file. */
function withPlanFile<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof YishiError && error.code === "PLAN_INVALID" && error.file === undefined) {
      throw new YishiError(error.code, `${file}: ${error.message}`, { file, path: error.path, issues: error.issues.map((i) => ({ ...i, file })) });
    }
    throw error;
  }
}

const HEADINGS = {
  hard: { zh: "硬性规则", en: "Hard rules" },
  soft: { zh: "建议性规则", en: "Soft rules" },
} as const;

/**
 * Violations grouped by severity (hard first), each with its citation and
 * message (and with `explain`, the article's words and the fix), then a summary line.
 */
export function renderViolations(violations: Violation[], summary: { hard: number; soft: number }, profileId: string, lang: Lang, explain = false): string {
  const lines: string[] = [];
  for (const severity of ["hard", "soft"] as const) {
    const group = violations.filter((v) => v.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${HEADINGS[severity][lang]} (${group.length})`);
    for (const v of group) {
      const when = v.subjects.dates[0] ?? "";
      lines.push(`  ${when.padEnd(10)}  ${formatCitation(v.citation)}  [${v.rule}]`);
      lines.push(`      ${v.message[lang]}`);
      if (explain && v.explanation !== undefined) lines.push(`      ${lang === "zh" ? "说明" : "why"}: ${v.explanation[lang]}`);
    }
    lines.push("");
  }
  const total = summary.hard + summary.soft;
  lines.push(
    lang === "zh"
      ? total === 0
        ? `按规则配置 ${profileId} 检查：未发现违反规则`
        : `按规则配置 ${profileId} 检查：共 ${total} 项（硬性 ${summary.hard}，建议性 ${summary.soft}）`
      : total === 0
        ? `checked against profile ${profileId}: no violations`
        : `checked against profile ${profileId}: ${total} violation${total === 1 ? "" : "s"} (${summary.hard} hard, ${summary.soft} soft)`,
  );
  return lines.join("\n");
}
