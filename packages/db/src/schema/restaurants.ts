import {
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

import { users } from "./users";

export const restaurantStatus = pgEnum("restaurant_status", ["pending", "active", "suspended"]);
export const memberRole = pgEnum("member_role", ["owner", "staff"]);

/** The marketplace issue extends this with the full profile, hours and menu. */
export const restaurants = pgTable(
  "restaurants",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    slug: text().notNull(),
    name: text().notNull(),
    status: restaurantStatus().notNull().default("pending"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("restaurants_slug_key").on(t.slug)],
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
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.restaurantId, t.userId] }),
    index("restaurant_members_user_id_idx").on(t.userId),
  ],
);
