import { describe, expect, it } from "vitest";
import { parseSpec } from "./load-spec.js";
import { MeetingSeries } from "./organization.js";
import { errorOf } from "./test-error-of.js";

const head = `organization: { id: o, name: 测试区人民政府, jurisdiction: 钟山区 }
people:
  - { id: a, name: 甲, roles: [mayor] }
rooms:
  - { id: r1, name: 一号会议室, capacity: 10 }
  - { id: r2, name: 二号会议室 }
bodies:
  - { id: e, name: 常务会议, type: executive, members: [a], convener: a }
series:
`;

describe("a series' rooms: one fixed room or a pool", () => {
  it("takes a pool of rooms in order of preference", () => {
    const spec = parseSpec(`${head}  - { id: s, name: 常务会议, type: executive, body: e, rooms: [r2, r1] }\n`, "pool.yaml");
    expect(spec.series[0]!.rooms).toEqual(["r2", "r1"]);
    expect(spec.series[0]!.room).toBeUndefined();
  });

  it("still takes one fixed room, and neither", () => {
    const spec = parseSpec(`${head}  - { id: s, name: 常务会议, type: executive, body: e, room: r1 }\n  - { id: t, name: 常务会议2, type: executive, body: e }\n`, "fixed.yaml");
    expect(spec.series.map((s) => [s.room, s.rooms])).toEqual([["r1", undefined], [undefined, undefined]]);
  });

  it("refuses both, naming the field and line", () => {
    const error = errorOf(() => parseSpec(`${head}  - { id: s, name: 常务会议, type: executive, body: e, room: r1, rooms: [r1, r2] }\n`, "both.yaml"));
    expect(error.code).toBe("SPEC_INVALID");
    const issue = error.issues.find((i) => i.path.join(".") === "series.0.rooms");
    expect(issue).toMatchObject({ file: "both.yaml", line: 10 });
    expect(issue!.message).toContain("not both");
    expect(issue!.expected).toBe("`room: r1` alone, or `rooms: [r1, …]` alone");
  });

  it("refuses an empty pool and a room listed twice", () => {
    const empty = errorOf(() => parseSpec(`${head}  - { id: s, name: 常务会议, type: executive, body: e, rooms: [] }\n`, "empty.yaml"));
    expect(empty.issues.map((i) => i.path.join("."))).toEqual(["series.0.rooms"]);
    const twice = MeetingSeries.safeParse({ id: "s", name: "常务会议", type: "executive", body: "e", rooms: ["r1", "r2", "r1"] });
    expect(twice.success).toBe(false);
    expect(twice.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["rooms.2", "room listed twice (first at rooms[0])"]]);
  });

  it("reports a pool room the spec does not define, by its path", () => {
    const error = errorOf(() => parseSpec(`${head}  - { id: s, name: 常务会议, type: executive, body: e, rooms: [r1, r9] }\n`, "unknown.yaml"));
    expect(error.issues.map((i) => `${i.path.join(".")}: ${i.message} ${i.found}`)).toEqual(['series.0.rooms.1: unknown room "r9"']);
  });

  it("reports it beside the schema's own problems, before those are fixed", () => {
    const error = errorOf(() => parseSpec(`${head}  - { id: s, name: 常务会议, type: executiv, body: e, rooms: [r9] }\n`, "mixed.yaml"));
    const paths = error.issues.map((i) => i.path.join("."));
    expect(paths).toContain("series.0.type");
    expect(paths).toContain("series.0.rooms.0");
  });
});
