import { and, eq, sql } from "drizzle-orm";

import type { Database } from "../client";
import type { restaurantMembers } from "../schema";
import { users } from "../schema";

export type MemberRole = (typeof restaurantMembers.$inferSelect)["role"];

export interface Membership {
  restaurantId: string;
  slug: string;
  name: string;
  role: MemberRole;
}

/** The signed-in person as every authorization check needs them. */
export interface Viewer {
  id: string;
  email: string;
  name: string | null;
  image: string | null;
  role: (typeof users.$inferSelect)["role"];
  status: (typeof users.$inferSelect)["status"];
  sessionVersion: number;
  /** False for accounts that only sign in with GitHub. */
  hasPassword: boolean;
  memberships: Membership[];
}

/** The user and every restaurant membership in one round trip. */
export async function loadViewer(db: Database, userId: string): Promise<Viewer | null> {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      image: users.image,
      role: users.role,
      status: users.status,
      sessionVersion: users.sessionVersion,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      // Explicit aliases: drizzle leaves columns unqualified in a one-table select, which
      // inside this subquery would bind to the wrong table.
      memberships: sql<Membership[]>`coalesce(
        (select json_agg(json_build_object(
            'restaurantId', r.id, 'slug', r.slug, 'name', r.name, 'role', m.role) order by r.name)
         from restaurant_members m
         join restaurants r on r.id = m.restaurant_id
         where m.user_id = ${users}.id),
        '[]'::json)`,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return rows[0] ?? null;
}

export async function findUserForSignIn(db: Database, email: string) {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      image: users.image,
      status: users.status,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  return rows[0] ?? null;
}

/** Inserts a user; returns null when the email is taken (no exception, no race). */
export async function insertUser(
  db: Database,
  values: { email: string; name: string; passwordHash: string },
) {
  const rows = await db
    .insert(users)
    .values(values)
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, email: users.email, name: users.name });
  return rows[0] ?? null;
}

export async function getPasswordHash(db: Database, userId: string) {
  const rows = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return rows[0]?.passwordHash ?? null;
}

/**
 * Stores a new hash. With `endSessions`, also bumps the session version so every session
 * issued before ends; returns the new version. The `expectedVersion` guard makes two
 * concurrent changes from stale sessions unable to both succeed.
 */
export async function setPasswordHash(
  db: Database,
  opts: { userId: string; passwordHash: string; endSessions: boolean; expectedVersion?: number },
) {
  const rows = await db
    .update(users)
    .set({
      passwordHash: opts.passwordHash,
      ...(opts.endSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
    })
    .where(
      and(
        eq(users.id, opts.userId),
        opts.expectedVersion === undefined
          ? undefined
          : eq(users.sessionVersion, opts.expectedVersion),
      ),
    )
    .returning({ sessionVersion: users.sessionVersion });
  return rows[0]?.sessionVersion ?? null;
}

/** Ends every session of the user; returns the new session version. */
export async function bumpSessionVersion(db: Database, userId: string) {
  const rows = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  return rows[0]?.sessionVersion ?? null;
}

export async function updateUserProfile(db: Database, userId: string, values: { name: string }) {
  const rows = await db
    .update(users)
    .set(values)
    .where(eq(users.id, userId))
    .returning({ id: users.id, name: users.name });
  return rows[0] ?? null;
}
