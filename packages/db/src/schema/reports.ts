import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

import { restaurants } from "./restaurants";

/**
 * A restaurant's sales per local calendar day, rolled up by the `roll-up-sales` job for days
 * that have ended, so reports over long ranges read one row per day instead of every order.
 * Same rules as the live report: orders placed that day, except rejected, cancelled and
 * expired ones; refunds of those orders, whenever made, count against the order's day.
 */
export const dailySales = pgTable(
  "daily_sales",
  {
    restaurantId: text()
      .notNull()
      .references(() => restaurants.id, { onDelete: "cascade" }),
    /** The restaurant's local date. */
    day: date({ mode: "string" }).notNull(),
    orderCount: integer().notNull(),
    grossSales: bigint({ mode: "number" }).notNull(),
    refunds: bigint({ mode: "number" }).notNull(),
    rolledUpAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.restaurantId, t.day] }),
    check(
      "daily_sales_nonnegative",
      sql`${t.orderCount} >= 0 and ${t.grossSales} >= 0 and ${t.refunds} >= 0`,
    ),
  ],
);
