import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { uuidPrimaryKey, createdAt } from "./columns";

import { restaurants } from "./restaurants";
import { users } from "./users";

export const promoKind = pgEnum("promo_kind", ["percent", "fixed"]);

/**
 * A restaurant's promo code. `value` is basis points for percent codes, minor units for fixed
 * ones. `uses` is incremented in the order transaction with a guard against `maxUses`, so a
 * code with one use left is redeemed once however many checkouts race for it.
 */
export const promoCodes = pgTable(
  "promo_codes",
  {
    id: uuidPrimaryKey(),
    restaurantId: text()
      .notNull()
      .references(() => restaurants.id, { onDelete: "cascade" }),
    /** Stored upper-case; customers type it in any case. */
    code: text().notNull(),
    kind: promoKind().notNull(),
    value: integer().notNull(),
    minimumSubtotal: integer().notNull().default(0),
    startsAt: timestamp({ withTimezone: true }),
    endsAt: timestamp({ withTimezone: true }),
    maxUses: integer(),
    maxUsesPerCustomer: integer(),
    uses: integer().notNull().default(0),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("promo_codes_restaurant_code_key").on(t.restaurantId, t.code),
    check("promo_codes_code_upper", sql`${t.code} = upper(${t.code})`),
    check(
      "promo_codes_value_range",
      sql`${t.value} > 0 and (${t.kind} = 'fixed' or ${t.value} <= 10000)`,
    ),
    check("promo_codes_uses_within_limit", sql`${t.maxUses} is null or ${t.uses} <= ${t.maxUses}`),
    check(
      "promo_codes_window",
      sql`${t.endsAt} is null or ${t.startsAt} is null or ${t.endsAt} > ${t.startsAt}`,
    ),
  ],
);

export const promoRedemptions = pgTable(
  "promo_redemptions",
  {
    id: uuidPrimaryKey(),
    promoCodeId: text()
      .notNull()
      .references(() => promoCodes.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    orderId: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("promo_redemptions_promo_user_idx").on(t.promoCodeId, t.userId),
    uniqueIndex("promo_redemptions_order_key").on(t.orderId),
  ],
);
