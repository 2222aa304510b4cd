import type { LocalizedText } from "@yishi/domain";
import type { SeriesProblem } from "./build-sequence.js";

/** One limit the pinned occurrences break by themselves, with the number of pins behind it. */
export interface PinBreak {
  pins: number;
  text: LocalizedText;
}

/**
 * The spacing and counts a path breaks only because of its pins: two
 * consecutive pinned occurrences closer than the cadence allows, or a span
 * (month, quarter…) holding more occurrences than its maximum. Relaxed mode
 * keeps every pin whatever it costs, so these are the user's pins' own doing
 * and the planner says so instead of blaming the calendar.
 */
export function describePinBreaks(p: SeriesProblem, path: readonly number[]): PinBreak[] {
  const out: PinBreak[] = [];
  for (let i = 1; i < path.length; i++) {
    const a = p.nodes[path[i - 1]!]!;
    const b = p.nodes[path[i]!]!;
    const gap = b.day - a.day;
    if (!a.forced || !b.forced || gap >= p.minGap) continue;
    out.push({
      pins: 2,
      text: {
        zh: `${a.date}与${b.date}均为指定日期，相隔${gap}天（至少${p.minGap}天）：指定日期本身违反会议间隔`,
        en: `${a.date} and ${b.date} are pinned ${gap} days apart (at least ${p.minGap}): the pins themselves break the spacing`,
      },
    });
  }
  p.spanDays.forEach((span, s) => {
    const max = p.spans[s]!.max;
    const inSpan = path.map((n) => p.nodes[n]!).filter((n) => n.span === s);
    if (inSpan.length <= max) return;
    const pinned = inSpan.filter((n) => n.forced).length;
    const dates = inSpan.map((n) => n.date).join("、");
    out.push({
      pins: pinned,
      text:
        pinned === inSpan.length
          ? {
              zh: `${span.label}指定了${pinned}次（${dates}，至多${max}次）：指定日期本身超过次数`,
              en: `${span.label} has ${pinned} pinned occurrences (${inSpan.map((n) => n.date).join(", ")}; at most ${max}): the pins themselves break the count`,
            }
          : {
              zh: `${span.label}安排了${inSpan.length}次，其中${pinned}次为指定日期（${dates}，至多${max}次）`,
              en: `${span.label} has ${inSpan.length} occurrences, ${pinned} of them pinned (${inSpan.map((n) => n.date).join(", ")}; at most ${max})`,
            },
    });
  });
  return out;
}
