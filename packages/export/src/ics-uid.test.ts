import { describe, expect, it } from "vitest";
import { encodeUidPart, meetingUid, recurringDutyUid } from "./ics-uid.js";

const q1 = { organization: "zhongshan", period: { from: "2026-01-01", to: "2026-03-31", label: "2026Q1" } };

describe("UIDs", () => {
  it("name organization, period and meeting id; organization, duty and date", () => {
    expect(meetingUid(q1, "exec#3")).toBe("zhongshan/meeting/2026-01-01/2026-03-31/exec%233@yishi");
    expect(recurringDutyUid(q1, "petition", "2026-01-07")).toBe("zhongshan/duty/petition/2026-01-07@yishi");
  });

  it("differ between quarters, organizations and periods sharing a first day, never by label", () => {
    const q2 = { ...q1, period: { from: "2026-04-01", to: "2026-06-30", label: "2026Q2" } };
    const h1 = { ...q1, period: { from: "2026-01-01", to: "2026-06-30", label: "2026H1" } };
    const other = { ...q1, organization: "yian" };
    const uids = [q1, q2, h1, other].map((p) => meetingUid(p, "exec#3"));
    expect(new Set(uids).size).toBe(4);
    expect(meetingUid({ ...q1, period: { ...q1.period, label: "一季度" } }, "exec#3")).toBe(uids[0]);
  });

  it("cannot be made equal by how the parts are split", () => {
    const cases: [string, string, string][] = [
      ["a-b", "c", "x"],
      ["a", "b-c", "x"],
      ["a/b", "c", "x"],
      ["a", "b/c", "x"],
      ["a%2Fb", "c", "x"],
      ["a@b", "c", "x"],
      ["a", "b@c", "x"],
      ["a", "meeting/2026-01-01", "x"],
      ["a", "exec#3", "x"],
      ["a", "exec-3", "x"],
      ["a", "exec 3", "x"],
      ["a", "exec\uD8003", "x"],
      ["a", "exec\uFFFD3", "x"],
    ];
    const uids = cases.flatMap(([org, id, date]) => [
      meetingUid({ organization: org, period: { from: date, to: date, label: "" } }, id),
      recurringDutyUid({ organization: org }, id, date),
    ]);
    expect(new Set(uids).size).toBe(uids.length);
    // Nothing RFC 5545 TEXT would escape, no line break, one `@`.
    for (const uid of uids) expect(uid).toMatch(/^[A-Za-z0-9\-_.!~*'()%/]+@yishi$/);
  });

  it("encode a part so that it decodes back to itself", () => {
    for (const text of ["exec#3", "a/b@c%d", "区政府常务会议", "a,b;c\\d\ne", "😀 x", "-_.!~*'()"]) {
      const encoded = encodeUidPart(text);
      expect(encoded).not.toMatch(/[/@,;\\\s]/);
      expect(decodeURIComponent(encoded)).toBe(text);
    }
    expect(encodeUidPart("a\uD800b\uDC00")).toBe("a%uD800b%uDC00");
  });
});
