import { Option, type Command } from "commander";
import { loadHolidayFile, loadSpecCalendar } from "@yishi/calendar";
import { formatIssue, isYishiError, resolveSpecPath, type Spec, type YishiErrorCode } from "@yishi/domain";
import { resolvePostPools } from "@yishi/solver";
import { inspectSpecWithImports } from "@yishi/tables";
import { findProfileConflicts, resolveProfile, type ProfileConflict } from "@yishi/rules";
import type { CommandContext } from "../context.js";
import { createFormatOption, printJson, type OutputFormat } from "../format-option.js";
import { EXIT } from "../exit-codes.js";
import { describeProblem, type DescribedProblem } from "../describe-problem.js";

/**
 * `yishi validate SPEC`: everything a plan run would reject about the spec,
 * before planning, all in one run: its shape and references, its profile
 * selection and overrides, and its holiday files. Each stage is checked even
 * when an earlier one failed, as far as it does not depend on it (the profile
 * and the holiday files are read when their own sections are valid). Problems
 * go to stderr one per line, exit code 2; an unreadable or unparseable file
 * stops at once (nothing in it can be checked).
 */
export function registerValidateCommand(program: Command, ctx: CommandContext): void {
  program
    .command("validate")
    .description("check a spec file and list every problem at once (exit 2 when there is any)")
    .argument("<spec>", "the spec file (YAML or JSON)")
    .addOption(new Option("--lang <lang>", "output language").choices(["zh", "en"]).default("zh"))
    .addOption(createFormatOption())
    .action(async (specFile: string, options: { lang: "zh" | "en"; format: OutputFormat }) => {
      const problems: DescribedProblem[] = [];
      const collect = <T>(check: () => T): T | undefined => {
        try {
          return check();
        } catch (error) {
          if (!isYishiError(error)) throw error;
          problems.push(describeProblem(error));
          return undefined;
        }
      };
      // A file that cannot be read or parsed is one problem, reported like the others (both languages, --json).
      const inspected = await inspectSpecWithImports(specFile).catch((error: unknown) => {
        if (!isYishiError(error)) throw error;
        problems.push(describeProblem(error));
        return undefined;
      });
      if (inspected === undefined) {
        reportProblems(ctx, specFile, problems, options);
        return;
      }
      if (inspected.error) problems.push(describeProblem(inspected.error));
      const selection = inspected.profile;
      // Hard contradictions are listed here, from the conflicts themselves, so each has its Chinese.
      const profile = selection && collect(() => resolveProfile(selection, { file: specFile, path: ["profile"], allowConflicts: true }));
      const conflicts = profile === undefined ? [] : findProfileConflicts(profile);
      const hard = conflicts.filter((c) => c.severity === "hard");
      if (hard.length > 0) problems.push(describeConflicts(specFile, profile!.id, hard));
      const settings = inspected.calendar;
      if (settings) for (const path of [...settings.national, ...settings.regional, ...settings.unit]) collect(() => loadHolidayFile(resolveSpecPath(inspected, path)));
      if (problems.length > 0 || inspected.spec === undefined || profile === undefined) {
        reportProblems(ctx, specFile, problems, options);
        return;
      }
      const loaded = { spec: inspected.spec, file: specFile, baseDir: inspected.baseDir };
      const calendar = loadSpecCalendar(loaded);
      const { spec } = loaded;
      const zh = options.lang === "zh";
      const counts = zh
        ? `${spec.people.length} 人，${spec.series.length} 个会议系列，${spec.duty.posts.length} 个值班岗位，${spec.agendaItems.length} 项议题`
        : `${spec.people.length} people, ${spec.series.length} meeting series, ${spec.duty.posts.length} duty posts, ${spec.agendaItems.length} agenda items`;
      const years = calendar.knownYears();
      const notes = [
        ...conflicts.map((c) => c.message),
        ...describeLeaderOnlyMisfits(spec),
        ...describeShortPools(spec),
        ...(spec.calendar.assumeWeekendsOnly ? [] : describeUnknownYears(spec, calendar.hasYear)),
      ];
      if (options.format === "json") {
        printJson(ctx.io, {
          file: specFile,
          valid: true,
          organization: { id: spec.organization.id, name: spec.organization.name },
          counts: { people: spec.people.length, series: spec.series.length, dutyPosts: spec.duty.posts.length, agendaItems: spec.agendaItems.length },
          profile: { id: profile.id, rulesEnabled: profile.rules.filter((r) => r.enabled).length },
          knownYears: { from: years[0], to: years.at(-1) },
          notes,
          problems: [],
        });
        return;
      }
      const lines = [
        zh ? `${specFile}：有效（${spec.organization.name}）` : `${specFile}: valid (${spec.organization.name})`,
        `  ${counts}`,
        zh ? `  规则配置 ${profile.id}：${profile.rules.filter((r) => r.enabled).length} 条规则生效` : `  profile ${profile.id}: ${profile.rules.filter((r) => r.enabled).length} rules enabled`,
        zh ? `  节假日安排已知年份：${years[0]}–${years.at(-1)}` : `  holiday arrangements known: ${years[0]}–${years.at(-1)}`,
      ];
      for (const note of notes) lines.push(`  ${zh ? "注意" : "note"}: ${note[options.lang]}`);
      ctx.io.out(lines.join("\n"));
    });
}

/**
 * Every problem found, each in the chosen language with the other beneath
 * it (the error's code and headline, then one line per issue), then one line
 * counting them by stage in the chosen language; with --format json the same
 * as data on stdout, each headline and issue with its `text` in both
 * languages. Exit code 2.
 */
function reportProblems(ctx: CommandContext, file: string, problems: DescribedProblem[], options: { lang: "zh" | "en"; format: OutputFormat }): void {
  ctx.setExitCode(EXIT.BAD_INPUT);
  const count = (p: DescribedProblem) => Math.max(1, p.issues.length);
  const total = problems.reduce((n, p) => n + count(p), 0);
  if (options.format === "json") {
    printJson(ctx.io, {
      file,
      valid: false,
      problems: problems.map((p) => ({ code: p.code, stage: stageOf(p.code), message: p.headline.en, text: p.headline, file: p.file, issues: p.issues.map(({ issue, text }) => ({ ...issue, text })) })),
    });
    return;
  }
  const [first, second] = options.lang === "zh" ? (["zh", "en"] as const) : (["en", "zh"] as const);
  const lines: string[] = [];
  for (const p of problems) {
    lines.push(`yishi: ${p.code}: ${p.headline[first]}`, `  ${p.headline[second]}`);
    for (const { text } of p.issues) lines.push(`  - ${text[first]}`, `    ${text[second]}`);
  }
  const byStage = new Map<Stage, number>();
  for (const p of problems) byStage.set(stageOf(p.code), (byStage.get(stageOf(p.code)) ?? 0) + count(p));
  const parts = [...byStage].map(([stage, n]) => (options.lang === "zh" ? `${STAGE_NAMES[stage].zh} ${n} 个` : `${STAGE_NAMES[stage].en} ${n}`));
  lines.push(options.lang === "zh" ? `${file}：无效，共 ${total} 个问题（${parts.join("，")}）` : `${file}: not valid, ${total} problem${total === 1 ? "" : "s"} (${parts.join(", ")})`);
  ctx.io.err(lines.join("\n"));
}

/** The profile's hard contradictions as one problem (PROFILE_CONFLICT), each in both languages from the conflict itself. */
function describeConflicts(file: string, profileId: string, hard: ProfileConflict[]): DescribedProblem {
  const en = `profile ${profileId} contradicts itself in ${hard.length} place(s)`;
  return {
    code: "PROFILE_CONFLICT",
    file,
    headline: { zh: `规则配置 ${profileId} 自相矛盾（${hard.length} 处）`, en },
    issues: hard.map((c) => {
      const pair = (sep: string) => `${c.a.id} (${c.a.citation}) × ${c.b.id} (${c.b.citation})${sep}`;
      const issue = { file, path: ["profile"], message: `${pair(": ")}${c.message.en}` };
      return { issue, text: { zh: `${file}：profile：${c.a.id}（${c.a.citation}）× ${c.b.id}（${c.b.citation}）：${c.message.zh}`, en: formatIssue(issue) } };
    }),
  };
}

type Stage = "spec" | "profile" | "calendar";
const STAGE_NAMES: Record<Stage, { zh: string; en: string }> = {
  spec: { zh: "规格", en: "spec" },
  profile: { zh: "规则配置", en: "profile" },
  calendar: { zh: "节假日文件", en: "holiday files" },
};

function stageOf(code: YishiErrorCode): Stage {
  if (code.startsWith("PROFILE_")) return "profile";
  if (code.startsWith("SPEC_")) return "spec";
  return "calendar";
}

/**
 * Dates in the spec that fall in years with no known holiday arrangement:
 * valid as a spec, but planning them fails until the year is supplied or the
 * spec opts in to plain weeks. A note, not an error: the spec itself is fine.
 */
function describeUnknownYears(spec: Spec, hasYear: (year: number) => boolean): { zh: string; en: string }[] {
  const byYear = new Map<number, string[]>();
  const visit = (value: unknown, path: string): void => {
    if (typeof value === "string") {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
      const year = Number(value.slice(0, 4));
      if (hasYear(year)) return;
      byYear.set(year, [...(byYear.get(year) ?? []), `${path} ${value}`]);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`));
    } else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(v, path === "" ? k : `${path}.${k}`);
    }
  };
  visit(spec, "");
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, places]) => {
      const first = places.slice(0, 3);
      const more = places.length > 3;
      return {
        zh: `${year} 年没有已知的节假日安排（${first.join("、")}${more ? `等 ${places.length} 个日期` : ""}）；按此规格排会将会出错，除非在规格 calendar.national 中提供 ${year} 年的安排文件，或设置 calendar.assumeWeekendsOnly: true（只按周六、周日休息）`,
        en: `${year} has no known holiday arrangement (${first.join(", ")}${more ? `, … ${places.length} dates in all` : ""}); planning will fail unless the spec supplies ${year}'s arrangement in calendar.national or sets calendar.assumeWeekendsOnly: true (only Saturdays and Sundays off)`,
      };
    });
}

/**
 * Recurring duties asking for more people per turn than their pool holds:
 * every turn will be short (a hard violation of the spec's own staffing).
 */
function describeShortPools(spec: Pick<Spec, "people" | "recurringDuties">): { zh: string; en: string }[] {
  const known = new Set(spec.people.map((p) => p.id));
  return spec.recurringDuties.flatMap((d) => {
    const pool = new Set(d.pool.filter((p) => known.has(p))).size;
    if (pool >= d.perOccurrence) return [];
    return [
      {
        zh: `轮值「${d.name}」（${d.id}）每次需要${d.perOccurrence}人，人员库只有${pool}人，每次都会缺人`,
        en: `recurring duty ${d.name} (${d.id}) needs ${d.perOccurrence} people a turn but its pool has ${pool}: every turn will be short`,
      },
    ];
  });
}

/**
 * Pool members of a leaders-only post who are not leaders: the roster leaves
 * them out, which is easy to miss (an office director put in the 带班领导 pool).
 */
function describeLeaderOnlyMisfits(spec: Pick<Spec, "people" | "duty">): { zh: string; en: string }[] {
  const names = new Map(spec.people.map((p) => [p.id, p.name]));
  const notes: { zh: string; en: string }[] = [];
  // The roster's own reading of the pools, so the note names exactly whom it leaves out.
  for (const { post, excluded } of resolvePostPools(spec)) {
    const misfits = excluded.filter((e) => e.reason === "not-leader").map((e) => ({ id: e.person, name: names.get(e.person) ?? e.person }));
    if (misfits.length === 0) continue;
    notes.push({
      zh: `值班岗位「${post.name}」（${post.id}）只由领导担任，${misfits.map((m) => `${m.name}（${m.id}）`).join("、")}不是领导，排班时不会安排`,
      en: `duty post ${post.name} (${post.id}) is for leaders only; ${misfits.map((m) => `${m.name} (${m.id})`).join(", ")} ${misfits.length > 1 ? "are not leaders" : "is not a leader"} and will not be rostered on it`,
    });
  }
  return notes;
}
