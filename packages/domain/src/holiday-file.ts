import { z } from "zod";
import { IsoDate } from "./primitives.js";

/**
 * One year's official arrangement in the holiday-cn JSON format: each listed
 * day is either a day off (`isOffDay: true`) or an adjusted working day (调休).
 * Days not listed follow the week: Saturday and Sunday off.
 */
export const HolidayDay = z.object({
  name: z.string().min(1),
  date: IsoDate,
  isOffDay: z.boolean(),
});
export type HolidayDay = z.infer<typeof HolidayDay>;

export const HolidayFile = z
  .object({
    year: z.number().int().min(1949).max(2200),
    papers: z.array(z.string()).optional(),
    days: z.array(HolidayDay),
  })
  .passthrough()
  .superRefine((file, ctx) => {
    file.days.forEach((day, i) => {
      if (!day.date.startsWith(`${file.year}-`) && !day.date.startsWith(`${file.year - 1}-12`) && !day.date.startsWith(`${file.year + 1}-01`)) {
        ctx.addIssue({ code: "custom", path: ["days", i, "date"], message: `date is outside year ${file.year}` });
      }
    });
  });
export type HolidayFile = z.infer<typeof HolidayFile>;
