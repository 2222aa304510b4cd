import { describe, expect, it } from "vitest";
import { todayInShanghai } from "./today.js";

describe("todayInShanghai", () => {
  it("gives the Shanghai date, which is a day ahead of UTC after 16:00 UTC", () => {
    expect(todayInShanghai(new Date("2026-02-13T15:59:59Z"))).toBe("2026-02-13");
    expect(todayInShanghai(new Date("2026-02-13T16:00:00Z"))).toBe("2026-02-14");
  });

  it("defaults to now", () => {
    expect(todayInShanghai()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
