import { describe, expect, it } from "vitest";
import { MeetingSeries } from "./organization.js";
import { mayStandIn, softClashWeight } from "./soft-clash.js";

const series = (standIn?: number) => MeetingSeries.parse({ id: "s", name: "专题会议", type: "topic", body: "b", ...(standIn !== undefined ? { standIn: { weight: standIn } } : {}) });

describe("softClashWeight", () => {
  const a = { series: series(30), body: { convener: "p1" } };
  const b = { series: series(10), body: { convener: "p2" } };
  const hard = { series: series(), body: { convener: "p3" } };

  it("sums per shared person the smaller weight of the series that person may send a stand-in to", () => {
    // p4 may send one to either (10); p2 convenes b, so only to a (30).
    expect(softClashWeight(a, b, ["p4", "p2"])).toBe(40);
  });

  it("is hard when a shared person may send a stand-in to neither meeting", () => {
    // p1 convenes a, and the other series expects everyone in person.
    expect(softClashWeight(a, hard, ["p1"])).toBeUndefined();
    expect(softClashWeight(a, hard, ["p4"])).toBe(30);
    expect(mayStandIn(a, "p1")).toBe(false);
  });

  it("reads the weight within the schema's limits", () => {
    expect(() => series(0)).toThrow();
    expect(series(1000).standIn).toEqual({ weight: 1000 });
  });
});
