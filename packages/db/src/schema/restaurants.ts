import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { uuidPrimaryKey, createdAt, updatedAt } from "./columns";

import { users } from "./users";

export const restaurantStatus = pgEnum("restaurant_status", ["pending", "active", "suspended"]);
export const memberRole = pgEnum("member_role", ["owner", "staff"]);

/**
 * A restaurant's profile. Money is integer minor units of `currency`; the tax rate is in basis
 * points (875 = 8.75 %); opening hours are read in `timeZone` (IANA).
 */
export const restaurants = pgTable(
  "restaurants",
  {
    id: uuidPrimaryKey(),
    slug: text().notNull(),
    name: text().notNull(),
    status: restaurantStatus().notNull().default("pending"),
    cuisine: text().notNull().default("Other"),
    description: text().notNull().default(""),
    currency: text().notNull().default("USD"),
    taxRateBasisPoints: integer().notNull().default(0),
    deliveryFee: integer().notNull().default(0),
    minimumOrder: integer().notNull().default(0),
    timeZone: text().notNull().default("UTC"),
    /** Staff can pause ordering without closing the restaurant. */
    acceptingOrders: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("restaurants_slug_key").on(t.slug),
    index("restaurants_status_name_idx").on(t.status, t.name),
    check("restaurants_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("restaurants_currency_format", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check("restaurants_tax_rate_range", sql`${t.taxRateBasisPoints} between 0 and 10000`),
    check("restaurants_delivery_fee_nonnegative", sql`${t.deliveryFee} >= 0`),
    check("restaurants_minimum_order_nonnegative", sql`${t.minimumOrder} >= 0`),
  ],
);

/**
 * Weekly opening hours, in the restaurant's time zone. `closes <= opens` means the interval
 * runs past midnight into the next day (e.g. Fri 18:00–02:00).
 */
export const openingHours = pgTable(
  "opening_hours",
  {
    id: uuidPrimaryKey(),
    restaurantId: text()
      .notNull()
      .references(() => restaurants.id, { onDelete: "cascade" }),
    /** 0 = Sunday … 6 = Saturday, as `Date.getDay()`. */
    weekday: smallint().notNull(),
    opens: time().notNull(),
    closes: time().notNull(),
  },
  (t) => [
    index("opening_hours_restaurant_idx").on(t.restaurantId, t.weekday),
    check("opening_hours_weekday_range", sql`${t.weekday} between 0 and 6`),
  ],
);

export const restaurantMembers = pgTable(
  "restaurant_members",
  {
    restaurantId: text()
      .notNull()
      .references(() => restaurants.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRole().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.restaurantId, t.userId] }),
    index("restaurant_members_user_id_idx").on(t.userId),
  ],
);
