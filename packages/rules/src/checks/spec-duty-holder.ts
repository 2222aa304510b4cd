import { compareText, type Citation, type DutyPost, type Spec, type Violation } from "@yishi/domain";
import { createDutyAvailability } from "../duty-availability.js";
import { findRules } from "../find-rules.js";
import type { BuiltinCheck, CheckContext } from "./types.js";
import { makeSpecViolation } from "./make-violation.js";

/**
 * Who may hold a duty seat, by the spec's duty settings, under every profile:
 * only a member of the post's pool, only a leader on a leaders-only post, and
 * nobody expected at a meeting that day. The planner keeps all three; without
 * this check a hand-made roster broke them and `check` said nothing while the
 * swap checker refused the same duty.
 *
 * Quiet where another check reports the same duty: a profile rule
 * `duty.leader-on-duty` covering the post (房山区 第七十三条) judges a
 * non-leader; absences and restrictions are `duty.available`,
 * `spec.person-conflict` and `spec.duty-restriction`.
 *
 * A meeting bars the duty only while someone else in the pool was free to take
 * the seat. When every one of them is away, restricted or at a meeting too (an
 * executive meeting seats every district leader), one of them has to keep the
 * 24-hour duty and stays reachable (房山区 第七十四条 “如外出处理公务……保持通信畅通”):
 * no break, and the planner's solve notes name the day.
 */
export const specDutyHolder: BuiltinCheck = {
  id: "spec.duty-holder",
  evaluate: findDutyHolderBreaks,
};

function findDutyHolderBreaks(ctx: CheckContext): Violation[] {
  const { spec, profile } = ctx;
  const { period } = ctx.plan;
  const out: Violation[] = [];
  const availability = createDutyAvailability(spec, ctx.plan.meetings);
  const posts = new Map(spec.duty.posts.map((post, index) => [post.id, { post, index }]));
  const name = ctx.personName;
  const roster = [...ctx.plan.roster].sort((a, b) => compareText(a.date, b.date) || compareText(a.post, b.post) || compareText(a.person, b.person));
  for (const a of roster) {
    if (a.date < period.from || a.date > period.to) continue;
    const found = posts.get(a.post);
    // An unknown post is the plan's reference error (PLAN_INVALID), reported before any check runs.
    if (!found) continue;
    const { post, index } = found;
    const why = availability.why(a.person, a.date, post);
    const subjects = { dates: [a.date], people: [a.person], duties: [a.post] };
    if (why?.kind === "not-in-pool") {
      out.push(makeSpecViolation("spec.duty-holder", poolCitation(spec, post, index), {
        zh: `${a.date}${post.name}由${name(a.person)}担任，但其不在该岗位的轮值名单中`,
        en: `${a.date}: ${name(a.person)} holds ${post.name} but is not in the post's pool`,
      }, subjects, { zh: "只安排该岗位轮值名单（duty.posts[].pool）中的人员，或把此人加入名单。", en: "Put someone from the post's pool (duty.posts[].pool) on it, or add the person to the pool." }));
    } else if (why?.kind === "not-leader") {
      if (findRules(profile, "duty.leader-on-duty", { duty: post.id }).length > 0) continue;
      out.push(makeSpecViolation("spec.duty-holder", poolCitation(spec, post, index), {
        zh: `${a.date}${post.name}只由领导担任（本计划的值班设置），${name(a.person)}不是领导`,
        en: `${a.date}: ${post.name} is for leaders only (the spec's duty settings), and ${name(a.person)} is not a leader`,
      }, subjects, { zh: "换一位轮值名单中的领导。", en: "Put a leader from the pool on it." }));
    } else if (why?.kind === "meeting") {
      if (!post.pool.some((p) => p !== a.person && availability.why(p, a.date, post) === undefined)) continue;
      const article = findRules(profile, "duty.available", { duty: post.id })[0]?.rule.citation;
      out.push(makeSpecViolation("spec.duty-holder", article ?? meetingCitation(spec, post, index), {
        zh: `${a.date}${name(a.person)}须出席会议「${why.meeting.title}」，不能同时担任${post.name}（本计划的读法：当天须出席会议者不值班，轮值名单中另有人员可以值班）`,
        en: `${a.date}: ${name(a.person)} is expected at ${why.meeting.title} and cannot also hold ${post.name} (the planner's reading: whoever is expected at a meeting that day is not on duty while someone else in the pool is free)`,
      }, { ...subjects, meetings: [why.meeting.id] }, { zh: "与当天没有会议的人员调换值班。", en: "Swap the duty with someone who has no meeting that day." }));
    }
  }
  return out;
}

function poolCitation(spec: Pick<Spec, "organization">, post: DutyPost, index: number): Citation {
  return {
    jurisdiction: spec.organization.name,
    article: `duty.posts[${index}]`,
    text: `本计划的值班设置：${post.name}的轮值名单${post.leadersOnly ? "（只由领导担任）" : ""}（计划自身的值班配置，非工作规则条文）`,
  };
}

/** No article bars a meeting attendee from duty here: the citation says it is the planner's reading, on the post's settings. */
function meetingCitation(spec: Pick<Spec, "organization">, post: DutyPost, index: number): Citation {
  return {
    jurisdiction: spec.organization.name,
    article: `duty.posts[${index}]`,
    text: `本计划的读法：当天须出席会议者不担任${post.name}，轮值名单中另有人员可以值班时应调换（非工作规则条文）`,
  };
}
