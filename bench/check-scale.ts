/**
 * How `check` scales with a plan's size: plans the bundled example once, then
 * grows one part of the plan and times `check` on it. Run one case at a time
 * under `/usr/bin/time -v` to read the peak memory:
 *
 *   /usr/bin/time -v npx tsx --conditions=source bench/check-scale.ts one-day 2000 [PROFILE]
 *   … roster 5000 | long-name 1000000 | quarter 2000 | items 5000 | recurring 5000
 *
 * --out FILE writes the grown plan too (to time `yishi check` on it).
 * PROFILE (a shipped profile id, e.g. 西城区) judges the same plan by other
 * rules than the spec's own, so every rule module gets the big plan.
 *
 * one-day N: N copies of an executive meeting on one day, all 09:00–12:00,
 *   in the spec's rooms in turn, with the executive body (every pair clashes).
 * quarter N: N meetings spread over the quarter's working days (a few a day).
 * roster N: N roster rows over the quarter, each post's pool taken in turn
 *   (many a day: rest, fairness and availability breaks).
 * items N: N agenda items (copies of the spec's), each on a meeting of its
 *   type (many on each), and topic-meeting items on topic meetings.
 * recurring N: N turns of the spec's recurring duty over the quarter.
 * long-name N: the mayor's name and the executive meetings' title N
 *   characters long, with 50 clashing copies of one of them.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadSpecCalendar } from "@yishi/calendar";
import { loadSpec, type PlannedMeeting } from "@yishi/domain";
import { check, resolveProfile } from "@yishi/rules";
import { createPlan } from "@yishi/solver";
import { parsePeriod } from "@yishi/calendar";

const args = process.argv.slice(2);
// --out FILE also writes the grown plan, to time `yishi check` on it.
const outAt = args.indexOf("--out");
const outFile = outAt >= 0 ? args.splice(outAt, 2)[1] : undefined;
const [kind = "one-day", sizeText = "2000", profileId] = args;
const size = Number(sizeText);
const loaded = loadSpec(fileURLToPath(new URL("../examples/zhongshan-2026q1.yaml", import.meta.url)));
const calendar = loadSpecCalendar(loaded);
// The plan is made under the spec's own profile; PROFILE only judges it.
const own = resolveProfile(loaded.spec.profile);
const profile = profileId === undefined ? own : resolveProfile(profileId);
let spec = loaded.spec;
const base = await createPlan({ spec, profile: own, calendar, period: parsePeriod("2026Q1") });
const exec = base.meetings.find((m) => m.type === "executive")!;
const rooms = spec.rooms.map((r) => r.id);
const copy = (m: PlannedMeeting, k: number, date: string): PlannedMeeting => ({ ...m, id: `x#${k}`, date, room: rooms[k % rooms.length], agenda: [], pinned: false });

let plan = base;
switch (kind) {
  case "one-day":
    plan = { ...base, meetings: [...base.meetings, ...Array.from({ length: size }, (_, k) => copy(exec, k, exec.date))] };
    break;
  case "quarter": {
    const days = [...new Set(base.roster.map((a) => a.date))].filter((d) => calendar.isWorkingDay(d));
    plan = { ...base, meetings: [...base.meetings, ...Array.from({ length: size }, (_, k) => copy(exec, k, days[k % days.length]!))] };
    break;
  }
  case "roster": {
    const days = [...new Set(base.roster.map((a) => a.date))];
    const people = spec.people.map((p) => p.id);
    const posts = spec.duty.posts.map((p) => p.id);
    plan = { ...base, roster: Array.from({ length: size }, (_, k) => ({ ...base.roster[0]!, date: days[k % days.length]!, post: posts[k % posts.length]!, person: people[(k * 7) % people.length]! })) };
    break;
  }
  case "items": {
    const items = Array.from({ length: size }, (_, k) => ({ ...spec.agendaItems[k % spec.agendaItems.length]!, id: `I${k}` }));
    spec = { ...spec, agendaItems: items };
    const agendas = new Map<string, PlannedMeeting["agenda"]>();
    items.forEach((item, k) => {
      const options = base.meetings.filter((m) => m.type === item.meetingType);
      const m = options[k % Math.max(1, options.length)];
      if (m !== undefined) agendas.set(m.id, [...(agendas.get(m.id) ?? []), { item: item.id, order: (agendas.get(m.id)?.length ?? 0) + 1, start: m.start, minutes: 10 }]);
    });
    plan = { ...base, meetings: base.meetings.map((m) => ({ ...m, agenda: agendas.get(m.id) ?? [] })) };
    break;
  }
  case "recurring": {
    const days = [...new Set(base.roster.map((a) => a.date))];
    const pool = spec.recurringDuties[0]!.pool;
    plan = { ...base, recurringDuties: Array.from({ length: size }, (_, k) => ({ ...base.recurringDuties[0]!, date: days[k % days.length]!, person: pool[k % pool.length]! })) };
    break;
  }
  case "long-name": {
    const title = "会".repeat(size);
    spec = { ...spec, people: spec.people.map((p) => (p.id === exec.convener ? { ...p, name: "张".repeat(size) } : p)) };
    const meetings = base.meetings.map((m) => (m.type === "executive" ? { ...m, title } : m));
    plan = { ...base, meetings: [...meetings, ...Array.from({ length: 50 }, (_, k) => copy({ ...exec, title }, k, exec.date))] };
    break;
  }
  default:
    throw new Error(`unknown case ${kind}`);
}

if (outFile !== undefined) writeFileSync(outFile, `${JSON.stringify(plan, null, 2)}\n`);
const started = performance.now();
const violations = check(spec, plan, profile, { calendar });
const ms = performance.now() - started;
const chars = violations.reduce((t, v) => t + v.message.zh.length + v.message.en.length, 0);
console.log(`case=${kind} size=${size} profile=${profile.id} meetings=${plan.meetings.length} roster=${plan.roster.length} checkMs=${Math.round(ms)} violations=${violations.length} messageChars=${chars} heapMB=${Math.round(process.memoryUsage().heapUsed / 1e6)}`);
