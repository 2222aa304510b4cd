import { describe, expect, it } from "vitest";
import { BASE_SPEC, makeMeeting, makePlan, makeSpec, runCheck } from "./test-helpers.js";

const march = { from: "2026-03-01", to: "2026-03-31" };
const only = (id: string) => (v: { rule: string }) => v.rule === id;
const six = ["zhang", "li", "wang", "liu", "chen", "huang"];
const rooms = [
  { id: "r401", name: "4楼常务会议室", capacity: 6 },
  { id: "r201", name: "2楼大会议室", capacity: 40 },
  { id: "r305", name: "3楼小会议室", capacity: 5 },
];
const pooled = (extra: Record<string, unknown> = {}) =>
  makeSpec({ rooms, series: [{ id: "exec", name: "区政府常务会议", type: "executive", body: "executive", rooms: ["r401", "r201"], ...extra }] });

describe("spec.room-capacity: a room seats everyone expected", () => {
  it("breaks when the plan expects more people than the room seats, citing the room", () => {
    const seven = makeMeeting("2026-03-12", { room: "r401", expected: [...six, "zhou"] });
    const [v, ...rest] = runCheck(pooled(), makePlan(march, { meetings: [seven] }), []).filter(only("spec.room-capacity"));
    expect(rest).toEqual([]);
    expect(v!.severity).toBe("hard");
    expect(v!.citation).toEqual({ jurisdiction: "六盘水市钟山区人民政府", article: "rooms[0]", text: "4楼常务会议室可容纳6人" });
    expect(v!.message.zh).toBe("第1次常务会议（2026-03-12）安排在4楼常务会议室，应到7人，该会议室只能容纳6人 (六盘水市钟山区人民政府 rooms[0])");
    expect(v!.message.en).toBe("第1次常务会议 (2026-03-12) is held in 4楼常务会议室, which seats 6; 7 people are expected (六盘水市钟山区人民政府 rooms[0])");
    expect(v!.subjects).toMatchObject({ meetings: ["exec#1"], dates: ["2026-03-12"] });
  });

  it("keeps when everyone fits, when the room has no capacity, and counts a person listed twice once", () => {
    const keep = (room: string, expected: string[]) => runCheck(pooled(), makePlan(march, { meetings: [makeMeeting("2026-03-12", { room, expected })] }), []).filter(only("spec.room-capacity"));
    expect(keep("r401", six)).toEqual([]);
    expect(keep("r401", [...six, "li"])).toEqual([]);
    expect(runCheck(makeSpec(), makePlan(march, { meetings: [makeMeeting("2026-03-12", { expected: [...six, "zhou", "s1"] })] }), []).filter(only("spec.room-capacity"))).toEqual([]);
  });

  it("counts the body's members and attendees when the plan lists no one as expected", () => {
    const spec = pooled();
    const withAttendee = makeSpec({ ...BASE_SPEC, rooms, bodies: [{ ...BASE_SPEC.bodies![0]!, attendees: ["zhou"] }, BASE_SPEC.bodies![1]!], series: spec.series });
    const meeting = makeMeeting("2026-03-12", { room: "r401", expected: [] });
    expect(runCheck(spec, makePlan(march, { meetings: [meeting] }), []).filter(only("spec.room-capacity"))).toEqual([]);
    expect(runCheck(withAttendee, makePlan(march, { meetings: [meeting] }), []).filter(only("spec.room-capacity")).map((v) => v.message.en)).toEqual([
      "第1次常务会议 (2026-03-12) is held in 4楼常务会议室, which seats 6; 7 people are expected (六盘水市钟山区人民政府 rooms[0])",
    ]);
  });

  it("does not judge a cancelled meeting", () => {
    const cancelled = makeMeeting("2026-03-12", { room: "r305", expected: six, status: "cancelled" });
    expect(runCheck(pooled(), makePlan(march, { meetings: [cancelled] }), []).filter(only("spec.room-capacity"))).toEqual([]);
  });
});

describe("spec.series-room: a series meets in a room the spec gives it", () => {
  it("keeps any room of the pool and breaks outside it, citing series[i].rooms", () => {
    const at = (room: string | undefined) => runCheck(pooled(), makePlan(march, { meetings: [makeMeeting("2026-03-12", { room, expected: six })] }), []).filter(only("spec.series-room"));
    expect(at("r401")).toEqual([]);
    expect(at("r201")).toEqual([]);
    const [v] = at("r305");
    expect(v!.citation).toEqual({ jurisdiction: "六盘水市钟山区人民政府", article: "series[0].rooms", text: "区政府常务会议在4楼常务会议室、2楼大会议室召开" });
    expect(v!.message.zh).toBe("第1次常务会议（2026-03-12）安排在3楼小会议室，不在本系列的会议室（4楼常务会议室、2楼大会议室）之内 (六盘水市钟山区人民政府 series[0].rooms)");
    expect(v!.message.en).toBe("第1次常务会议 (2026-03-12) is held in 3楼小会议室, not one of the series' rooms (4楼常务会议室, 2楼大会议室) (六盘水市钟山区人民政府 series[0].rooms)");
    expect(at(undefined).map((v) => v.message.en)).toEqual(["第1次常务会议 (2026-03-12) has no room; the series meets in 4楼常务会议室, 2楼大会议室 (六盘水市钟山区人民政府 series[0].rooms)"]);
  });

  it("judges a fixed room the same way, citing series[i].room", () => {
    const plan = makePlan(march, { meetings: [makeMeeting("2026-03-12", { room: "r201" })] });
    const [v] = runCheck(makeSpec(), plan, []).filter(only("spec.series-room"));
    expect(v!.citation.article).toBe("series[0].room");
    expect(runCheck(makeSpec(), makePlan(march, { meetings: [makeMeeting("2026-03-12")] }), []).filter(only("spec.series-room"))).toEqual([]);
  });

  it("keeps the room a pinned occurrence of that day names, and no other day's", () => {
    const spec = pooled({ pinned: [{ date: "2026-03-12", room: "r305" }] });
    const on = (date: string) => runCheck(spec, makePlan(march, { meetings: [makeMeeting(date, { room: "r305", expected: ["li"] })] }), []).filter(only("spec.series-room"));
    expect(on("2026-03-12")).toEqual([]);
    expect(on("2026-03-13").map((v) => v.citation.article)).toEqual(["series[0].rooms"]);
  });

  it("does not judge a series without rooms, nor a meeting of no series", () => {
    const roomless = makeSpec({ series: [{ id: "exec", name: "区政府常务会议", type: "executive", body: "executive" }] });
    expect(runCheck(roomless, makePlan(march, { meetings: [makeMeeting("2026-03-12", { room: "r201" })] }), []).filter(only("spec.series-room"))).toEqual([]);
    const topic = makeMeeting("2026-03-12", { id: "topic#1", series: undefined, type: "topic", title: "专题会议", room: "r305", expected: ["li"] });
    expect(runCheck(pooled(), makePlan(march, { meetings: [topic] }), []).filter(only("spec.series-room"))).toEqual([]);
  });
});
