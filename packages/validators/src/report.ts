import { z } from "zod";

import { recordId } from "./restaurant-manage";

/** Longest range a report covers, in days (a leap year). */
export const MAX_REPORT_DAYS = 366;

const DAY_MS = 86_400_000;

/** Days since the epoch of a "YYYY-MM-DD" date, or null when it is not a real calendar date. */
export function epochDayOf(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(year, month - 1, day));
  const real =
    at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
  return real ? at.getTime() / DAY_MS : null;
}

/** A calendar date in the restaurant's time zone. */
export const calendarDate = z
  .string()
  .refine((value) => epochDayOf(value) !== null, "Use a real date like 2026-11-21");

export const merchantReportInput = z
  .object({ restaurantId: recordId, from: calendarDate, to: calendarDate })
  .strict()
  .superRefine((input, ctx) => {
    const from = epochDayOf(input.from);
    const to = epochDayOf(input.to);
    if (from === null || to === null) return;
    if (to < from) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: "The end must not be before the start",
      });
    } else if (to - from + 1 > MAX_REPORT_DAYS) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `A report covers at most ${MAX_REPORT_DAYS} days`,
      });
    }
  });
export type MerchantReportInput = z.input<typeof merchantReportInput>;
