import { describe, expect, it } from "vitest";
import { HISTORY_LIMIT, pushHistory, redoHistory, startHistory, undoHistory } from "./history.js";

describe("undo and redo", () => {
  it("steps back and forth through every edit, and a new edit drops what was undone", () => {
    let h = startHistory("a");
    h = pushHistory(h, "b");
    h = pushHistory(h, "c");
    h = undoHistory(h);
    expect(h.present).toBe("b");
    h = undoHistory(undoHistory(h));
    expect(h.present).toBe("a");
    h = redoHistory(h);
    expect(h.present).toBe("b");
    h = pushHistory(h, "d");
    expect(h.future).toEqual([]);
    expect(redoHistory(h)).toBe(h);
    expect(h.past).toEqual(["a", "b"]);
  });

  it("keeps an edit that changed nothing out of the history, and at most HISTORY_LIMIT steps", () => {
    const h = startHistory(0);
    expect(pushHistory(h, 0)).toBe(h);
    let long = h;
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) long = pushHistory(long, i);
    expect(long.past).toHaveLength(HISTORY_LIMIT);
    expect(long.past[0]).toBe(5);
  });
});
