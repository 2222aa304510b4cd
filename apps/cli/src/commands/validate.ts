import { Option, type Command } from "commander";
import { loadSpecCalendar } from "@yishi/calendar";
import { isLeader, loadSpec, type Spec } from "@yishi/domain";
import { findProfileConflicts, resolveProfile } from "@yishi/rules";
import type { CommandContext } from "../context.js";

/**
 * `yishi validate SPEC`: everything a plan run would reject about the spec,
 * before planning: its shape and references (all problems at once), its
 * profile selection and overrides, and its holiday files. A bad spec throws a
 * YishiError, which main.ts prints one problem per line with exit code 2.
 */
export function registerValidateCommand(program: Command, ctx: CommandContext): void {
  program
    .command("validate")
    .description("check a spec file and list every problem at once (exit 2 when there is any)")
    .argument("<spec>", "the spec file (YAML or JSON)")
    .addOption(new Option("--lang <lang>", "output language").choices(["zh", "en"]).default("zh"))
    .action((specFile: string, options: { lang: "zh" | "en" }) => {
      const loaded = loadSpec(specFile);
      const profile = resolveProfile(loaded.spec.profile, { file: specFile, path: ["profile"] });
      const calendar = loadSpecCalendar(loaded);
      const { spec } = loaded;
      const zh = options.lang === "zh";
      const counts = zh
        ? `${spec.people.length} 人，${spec.series.length} 个会议系列，${spec.duty.posts.length} 个值班岗位，${spec.agendaItems.length} 项议题`
        : `${spec.people.length} people, ${spec.series.length} meeting series, ${spec.duty.posts.length} duty posts, ${spec.agendaItems.length} agenda items`;
      const years = calendar.knownYears();
      const lines = [
        zh ? `${specFile}：有效（${spec.organization.name}）` : `${specFile}: valid (${spec.organization.name})`,
        `  ${counts}`,
        zh ? `  规则配置 ${profile.id}：${profile.rules.filter((r) => r.enabled).length} 条规则生效` : `  profile ${profile.id}: ${profile.rules.filter((r) => r.enabled).length} rules enabled`,
        zh ? `  节假日安排已知年份：${years[0]}–${years.at(-1)}` : `  holiday arrangements known: ${years[0]}–${years.at(-1)}`,
      ];
      for (const c of findProfileConflicts(profile)) lines.push(`  ${zh ? "注意" : "note"}: ${c.message[options.lang]}`);
      for (const note of describeLeaderOnlyMisfits(spec)) lines.push(`  ${zh ? "注意" : "note"}: ${note[options.lang]}`);
      ctx.io.out(lines.join("\n"));
    });
}

/**
 * Pool members of a leaders-only post who are not leaders: the roster leaves
 * them out, which is easy to miss (an office director put in the 带班领导 pool).
 */
function describeLeaderOnlyMisfits(spec: Pick<Spec, "people" | "duty">): { zh: string; en: string }[] {
  const people = new Map(spec.people.map((p) => [p.id, p]));
  const notes: { zh: string; en: string }[] = [];
  for (const post of spec.duty.posts) {
    if (!post.leadersOnly) continue;
    const misfits = post.pool.flatMap((id) => {
      const person = people.get(id);
      return person !== undefined && !isLeader(person) ? [{ id, name: person.name }] : [];
    });
    if (misfits.length === 0) continue;
    notes.push({
      zh: `值班岗位「${post.name}」（${post.id}）只由领导担任，${misfits.map((m) => `${m.name}（${m.id}）`).join("、")}不是领导，排班时不会安排`,
      en: `duty post ${post.name} (${post.id}) is for leaders only; ${misfits.map((m) => `${m.name} (${m.id})`).join(", ")} ${misfits.length > 1 ? "are not leaders" : "is not a leader"} and will not be rostered on it`,
    });
  }
  return notes;
}
