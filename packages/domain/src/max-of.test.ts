import { describe, expect, it } from "vitest";
import { maxOf, minOf } from "./max-of.js";

describe("maxOf / minOf", () => {
  it("agree with Math.max / Math.min, with the floor given for an empty list", () => {
    expect(maxOf([3, 9, -2])).toBe(9);
    expect(minOf([3, 9, -2])).toBe(-2);
    expect(maxOf([], 0)).toBe(0);
    expect(minOf([], 5)).toBe(5);
    // Math.max(0, ...list): the floor takes part like any element.
    expect(maxOf([-4, -1], 0)).toBe(0);
    expect(maxOf([1, Number.NaN, 3])).toBeNaN();
  });

  it("take a list far past what a spread into Math.max survives", () => {
    const list = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);
    expect(() => Math.max(...list)).toThrow(RangeError);
    expect(maxOf(list)).toBe(list.reduce((a, b) => (b > a ? b : a)));
    expect(minOf(list)).toBe(0);
  });
});
