import { z } from "zod";
import { Text } from "./primitives.js";

/**
 * A session held beyond the regular cadence (临时召开 / 适时召开 / 随时召开), with
 * its reason. Several working rules allow one (钟山区 第四十条 “也可根据工作需要适时召开”,
 * 依安县 第四十六条 “必要时由县长决定随时召开”, 房山区 第四十一条 “必要时随时召开”…);
 * where the profile's cadence article does, the cadence and count checks judge
 * only the regular sessions. Every other rule (weekday, quorum, agenda…)
 * still binds it.
 */
export const ExtraSession = z.strictObject({
  /** Why it is held (e.g. 研究防汛应急事项), shown with the meeting. */
  reason: Text.trim().min(1, { error: "an extra session needs its reason" }),
});
export type ExtraSession = z.infer<typeof ExtraSession>;
