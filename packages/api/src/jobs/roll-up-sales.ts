import type { Database } from "@dishpatch/db";
import { rollUpDailySales } from "@dishpatch/db";

/** Ended days recomputed on every run: a missed run or two loses nothing. */
const WINDOW_DAYS = 7;

/** Rolls up each restaurant's sales per local day for reports (see `daily_sales`). */
export async function rollUpSales(db: Database, now: Date) {
  return { days: await rollUpDailySales(db, { now, days: WINDOW_DAYS }) };
}
