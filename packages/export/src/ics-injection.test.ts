import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { exportIcs } from "./ics.js";
import { escapeIcsText, encodeIcsParamText } from "./ics-text.js";
import { buildSamplePlan, loadSampleSpec } from "./test-fixtures/sample-plan.js";

/** What a crafted name tries: a line break, TEXT's and a parameter's special characters, and a whole new event. */
const NASTY = 'a\r\nb;c,d\\e"f:g^h\u0000i\u0007j\tk\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:injected\rl';

/** NASTY as a reader gets it back: TEXT keeps everything but the controls RFC 5545 has no room for (a line break is `\n`). */
const AS_TEXT = 'a\nb;c,d\\e"f:g^hij\tk\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\nSUMMARY:injected\nl';
/** … and as a quoted parameter: RFC 6868 carries `"` and line breaks; a backslash becomes U+FF3C (see encodeIcsParamText). */
const AS_PARAM = 'a\nb;c,d＼e"f:g^hij\tk\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\nSUMMARY:injected\nl';

function craft() {
  const plan = buildSamplePlan();
  const spec = loadSampleSpec();
  spec.organization.name = `区政府${NASTY}`;
  for (const p of spec.people) p.name = `${p.name}${NASTY}`;
  for (const r of spec.rooms) r.name = `${r.name}${NASTY}`;
  for (const i of spec.agendaItems) i.title = `${i.title}${NASTY}`;
  for (const m of plan.meetings) {
    m.title = `${m.title}${NASTY}`;
    m.note = NASTY;
  }
  plan.period.label = `${plan.period.label}${NASTY}`;
  return { plan, spec };
}

/** RFC 5545 §3.1: unfold, then every line is `name[;params]:value`. */
function unfold(text: string): string[] {
  expect(text.endsWith("\r\n")).toBe(true);
  return text.slice(0, -2).replace(/\r\n[ \t]/g, "").split("\r\n");
}

describe("crafted names cannot break the calendar file (issue 13)", () => {
  const { plan, spec } = craft();
  const text = exportIcs(plan, spec);
  const clean = exportIcs(buildSamplePlan(), loadSampleSpec());

  it("writes the same lines and events as for plain names: no line or event injected", () => {
    const lines = unfold(text);
    expect(lines.length).toBe(unfold(clean).length);
    expect(lines.map((l) => /^[A-Z-]+/.exec(l)?.[0])).toEqual(unfold(clean).map((l) => /^[A-Z-]+/.exec(l)?.[0]));
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(plan.meetings.length + new Set(plan.recurringDuties.map((r) => r.date)).size);
    expect(lines.some((l) => l.startsWith("UID:evil"))).toBe(false);
    // No CONTROL character (RFC 5545 §3.1: none but HTAB in a value) outside the CRLF line ends.
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F]/);
  });

  it("quotes every CN parameter with no DQUOTE or backslash inside (RFC 5545 §3.2 has no escape there)", () => {
    const cns = unfold(text).flatMap((l) => [...l.matchAll(/;CN=("[^"]*")[;:]/g)].map((m) => m[1]!));
    expect(cns.length).toBeGreaterThan(50);
    for (const cn of cns) expect(cn.slice(1, -1)).not.toMatch(/["\\\r\n]/);
    // ical-generator would have written `\"`: the parameter would end there and the rest become the value.
    expect(text).not.toContain('\\"');
  });

  it("reads back, with another library, exactly the names that were written", () => {
    const root = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.register(new ICAL.Timezone(root.getFirstSubcomponent("vtimezone")!));
    const events = root.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    // ical.js does not know X-WR-CALNAME's type, so it leaves the TEXT escapes: undone here by hand (§3.3.11).
    const calname = String(root.getFirstPropertyValue("x-wr-calname")).replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
    expect(calname).toBe(`区政府${AS_TEXT} ${buildSamplePlan().period.label}${AS_TEXT}`);
    const exec1 = events.find((e) => e.summary === `区政府第1次常务会议${AS_TEXT}`)!;
    expect(exec1).toBeDefined();
    expect(exec1.location).toBe(`区政府4楼常务会议室${AS_TEXT}`);
    expect(exec1.description).toContain(`备注：${AS_TEXT}`);
    expect(exec1.attendees.map((a) => a.getParameter("cn"))).toContain(`张伟${AS_PARAM}`);
    expect(exec1.component.getFirstProperty("organizer")!.getParameter("cn")).toBe(`区政府${AS_PARAM}`);
    expect(exec1.attendees.every((a) => String(a.getFirstValue()).endsWith(".yishi.invalid"))).toBe(true);
    expect(String(exec1.component.getFirstPropertyValue("organizer"))).toBe("mailto:zhongshan@yishi.invalid");
  });
});

describe("ics text helpers", () => {
  it("escapeIcsText: backslash, semicolon, comma and line breaks escaped; other controls dropped", () => {
    expect(escapeIcsText("a\\b;c,d\r\ne\rf\ng\u0000h\ti")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ngh\ti");
  });

  it("encodeIcsParamText: RFC 6868 for ^, \" and line breaks; backslash to U+FF3C; controls dropped", () => {
    expect(encodeIcsParamText('a^b"c\r\nd\re\nf\\g\u0001h;i,j:k\tl')).toBe("a^^b^'c^nd^ne^nf＼gh;i,j:k\tl");
  });
});
