import { describe, expect, it } from "vitest";
import { appendAll } from "./append-all.js";

describe("appendAll", () => {
  it("appends in order and returns the target", () => {
    const target = [1, 2];
    expect(appendAll(target, [3, 4])).toBe(target);
    expect(target).toEqual([1, 2, 3, 4]);
    expect(appendAll(target, new Set([5]))).toEqual([1, 2, 3, 4, 5]);
    expect(appendAll([], [])).toEqual([]);
  });

  it("takes a list far past what a spread into push survives", () => {
    const items = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => [0].push(...items)).toThrow(RangeError);
    const target = appendAll([-1], items);
    expect(target).toHaveLength(500_001);
    expect(target[0]).toBe(-1);
    expect(target[500_000]).toBe(499_999);
  });
});
