import { describe, expect, it } from "vitest";
import { chargeWork, createWorkMeter, isWorkSpent, withWorkMeter, withWorkReserve, withWorkShare } from "./work-meter.js";

describe("withWorkShare", () => {
  it("stops its run at its share of the meter's limit, and counts every step in the meter too", () => {
    const meter = createWorkMeter(1_000);
    withWorkMeter(meter, () => {
      chargeWork(100);
      let steps = 0;
      withWorkShare(0.05, () => {
        // A search loop as the planner's: it checks the meter before each step.
        while (!isWorkSpent()) {
          chargeWork(10);
          steps++;
        }
      });
      expect(steps).toBe(5); // 5 % of 1,000 is 50 steps, 10 a round
      expect(meter.spent).toBe(150);
      expect(isWorkSpent()).toBe(false); // the meter itself still has work left
    });
  });

  it("is spent when the meter around it is, even with its own share left", () => {
    const meter = createWorkMeter(1_000);
    withWorkMeter(meter, () => {
      chargeWork(990);
      withWorkShare(0.5, () => {
        expect(isWorkSpent()).toBe(false);
        chargeWork(10);
        expect(isWorkSpent()).toBe(true);
      });
    });
  });

  it("runs free with no meter in force", () => {
    expect(withWorkShare(0.01, () => (chargeWork(1e12), isWorkSpent()))).toBe(false);
  });
});

describe("withWorkReserve", () => {
  it("stops its run when what the meter has left falls to the reserve, which its caller then spends", () => {
    const meter = createWorkMeter(1_000);
    withWorkMeter(meter, () => {
      chargeWork(300);
      let steps = 0;
      withWorkReserve(0.15, () => {
        while (!isWorkSpent()) {
          chargeWork(10);
          steps++;
        }
      });
      // 1,000 less a reserve of 150 is 850: 550 more steps from 300, 10 a round.
      expect(steps).toBe(55);
      expect(meter.spent).toBe(850);
      expect(isWorkSpent()).toBe(false);
      chargeWork(150);
      expect(isWorkSpent()).toBe(true);
    });
  });

  it("gives nothing when the meter already has no more than the reserve left, and runs free with no meter", () => {
    const meter = createWorkMeter(1_000);
    withWorkMeter(meter, () => {
      chargeWork(900);
      expect(withWorkReserve(0.15, () => isWorkSpent())).toBe(true);
    });
    expect(withWorkReserve(0.15, () => (chargeWork(1e12), isWorkSpent()))).toBe(false);
  });
});
