import type { AgendaEntry, AgendaItem, AgendaNotice, PlannedMeeting } from "@yishi/domain";
import { addDays, type WorkCalendar } from "@yishi/calendar";
import type { AgendaRules } from "./agenda-rules.js";
import { formatLead } from "@yishi/rules";
import { strictestLatest } from "./lead-time.js";

/**
 * 议题通知: tells the submitting unit when its item is on and by when its
 * materials must reach the office: the profile's strictest materials lead
 * before the meeting, or the day before when the profile sets none.
 */
export function buildNotice(item: AgendaItem, meeting: PlannedMeeting, entry: AgendaEntry, rules: AgendaRules, calendar: WorkCalendar): AgendaNotice {
  const materialsDue = strictestLatest(calendar, meeting.date, rules.materials) ?? addDays(meeting.date, -1);
  const lead = rules.materials.length > 0 ? rules.materials.reduce((a, b) => (strictestLatest(calendar, meeting.date, [b])! < strictestLatest(calendar, meeting.date, [a])! ? b : a)) : undefined;
  const leadText = lead !== undefined ? { zh: `（会前${formatLead(lead.lead, lead.unit).zh}）`, en: ` (${formatLead(lead.lead, lead.unit).en} before the meeting)` } : { zh: "", en: "" };
  const submitted = item.materialsOn !== undefined ? { zh: `材料已于${item.materialsOn}报送。`, en: ` Materials received ${item.materialsOn}.` } : { zh: `请于${materialsDue}前${leadText.zh}报送会议材料。`, en: ` Materials are due by ${materialsDue}${leadText.en}.` };
  return {
    item: item.id,
    unit: item.unit,
    meeting: meeting.id,
    date: meeting.date,
    start: entry.start,
    materialsDue,
    message: {
      zh: `议题“${item.title}”已安排在${meeting.date} ${meeting.title}第${entry.order}项，${entry.start}开始，汇报${entry.minutes}分钟。${submitted.zh}`,
      en: `Item ${item.id} “${item.title}” is item ${entry.order} of ${meeting.title} on ${meeting.date}, at ${entry.start}, ${entry.minutes} minutes.${submitted.en}`,
    },
  };
}
