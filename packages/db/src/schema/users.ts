import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { uuidPrimaryKey, createdAt, updatedAt } from "./columns";

export const platformRole = pgEnum("platform_role", ["customer", "admin"]);
export const userStatus = pgEnum("user_status", ["active", "suspended"]);

/**
 * People. Column *properties* follow what the Auth.js Drizzle adapter expects
 * (id, name, email, emailVerified, image); the rest is ours.
 */
export const users = pgTable(
  "users",
  {
    id: uuidPrimaryKey(),
    name: text(),
    /** Stored lower-cased so look-ups and the unique index agree. */
    email: text().notNull(),
    emailVerified: timestamp({ withTimezone: true, mode: "date" }),
    image: text(),
    role: platformRole().notNull().default("customer"),
    status: userStatus().notNull().default("active"),
    /** `pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>`; null for OAuth-only accounts. */
    passwordHash: text(),
    /** Bumped to end every session at once (password change, sign out everywhere, suspension). */
    sessionVersion: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    check("users_email_lower", sql`${t.email} = lower(${t.email})`),
  ],
);

/** OAuth accounts linked to a user (Auth.js adapter shape). */
export const accounts = pgTable(
  "accounts",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_id_idx").on(t.userId),
  ],
);
