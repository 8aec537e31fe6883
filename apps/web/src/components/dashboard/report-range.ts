import type { RouterInputs } from "@dishpatch/api";
import { merchantReportInput } from "@dishpatch/validators";

type ReportInput = RouterInputs["merchant"]["report"];

const DAY_MS = 86_400_000;
/** Two weeks up to today: what an owner checks most often. */
const DEFAULT_DAYS = 14;

function isoDate(at: Date) {
  return at.toISOString().slice(0, 10);
}

/**
 * The report's range from the page's search params, or the last two weeks. Checked with the
 * API's own schema, so a hand-edited URL gets the API's message instead of a failed query.
 */
export function reportRange(
  restaurantId: string,
  params: { from?: string | string[]; to?: string | string[] },
  now = new Date(),
): { input: ReportInput; problem: string | null } {
  const fallback = {
    restaurantId,
    from: isoDate(new Date(now.getTime() - (DEFAULT_DAYS - 1) * DAY_MS)),
    to: isoDate(now),
  };
  const from = typeof params.from === "string" ? params.from : fallback.from;
  const to = typeof params.to === "string" ? params.to : fallback.to;
  const parsed = merchantReportInput.safeParse({ restaurantId, from, to });
  if (parsed.success) return { input: parsed.data, problem: null };
  return { input: fallback, problem: parsed.error.issues[0]?.message ?? "Invalid dates" };
}
