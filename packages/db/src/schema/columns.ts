import { text, timestamp } from "drizzle-orm/pg-core";

/** Primary key: a random UUID made by the app (edge-safe `crypto.randomUUID`). */
export const uuidPrimaryKey = () =>
  text()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

/** When the row was created, set by the database. */
export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/** When the row last changed, refreshed by drizzle on every update. */
export const updatedAt = () =>
  timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());
