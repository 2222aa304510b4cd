import { describe, expect, it } from "vitest";
import { shortenName } from "./shorten-name.js";

describe("shortenName", () => {
  it("keeps names up to 200 characters, cuts longer ones to 200 and an ellipsis, never inside a surrogate pair", () => {
    expect(shortenName("常务会议")).toBe("常务会议");
    expect(shortenName("会".repeat(200))).toBe("会".repeat(200));
    expect(shortenName("会".repeat(1_000_000))).toBe(`${"会".repeat(200)}…`);
    // 𠀀 is two UTF-16 units: at 199–200 it would be split, so it goes whole.
    expect(shortenName(`${"a".repeat(199)}𠀀${"b".repeat(10)}`)).toBe(`${"a".repeat(199)}…`);
  });
});
