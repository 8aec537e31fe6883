/** Test helpers: real users in a real database, callers acting as them. */
import type { SessionClaims } from "@dishpatch/auth";
import type { Database } from "@dishpatch/db";
import { hashPassword } from "@dishpatch/auth";
import { insertUser } from "@dishpatch/db";
import { openingHours, restaurantMembers, restaurants, users } from "@dishpatch/db/schema";
import { eq } from "drizzle-orm";
import { inject } from "vitest";

import type { InnerContextOptions, RateLimiter } from "../src";
import { createCaller, createContextInner, createUpstashLimiter } from "../src";

/** The real Redis behind the devstack's Upstash-compatible endpoint. */
export function testLimiter(): RateLimiter {
  const { upstash } = inject("testDatabaseServer");
  if (!upstash) throw new Error("These tests need redis-server (apt-get install redis-server).");
  return createUpstashLimiter(upstash);
}

export const TEST_PASSWORD = "a-long-test-passphrase";
// Hashing at full cost for every fixture would make the suite slow; fixtures share one hash.
let sharedHash: Promise<string> | undefined;

export interface TestUser extends SessionClaims {
  email: string;
}

export async function createUser(
  db: Database,
  opts: { role?: "customer" | "admin"; status?: "active" | "suspended" } = {},
): Promise<TestUser> {
  const email = `user-${crypto.randomUUID()}@example.com`;
  sharedHash ??= hashPassword(TEST_PASSWORD);
  const user = await insertUser(db, { email, name: "Test User", passwordHash: await sharedHash });
  if (!user) throw new Error("fixture user already exists");
  if (opts.role ?? opts.status) {
    await db
      .update(users)
      .set({ role: opts.role ?? "customer", status: opts.status ?? "active" })
      .where(eq(users.id, user.id));
  }
  return { userId: user.id, sessionVersion: 1, email };
}

export async function createRestaurant(db: Database, members: [TestUser, "owner" | "staff"][]) {
  const slug = `r-${crypto.randomUUID().slice(0, 8)}`;
  const [restaurant] = await db
    .insert(restaurants)
    .values({ slug, name: `Restaurant ${slug}`, status: "active" })
    .returning({ id: restaurants.id });
  if (!restaurant) throw new Error("restaurant not created");
  for (const [user, role] of members) {
    await db
      .insert(restaurantMembers)
      .values({ restaurantId: restaurant.id, userId: user.userId, role });
  }
  return restaurant.id;
}

/** Opening hours of every day, all day ("00:00"–"00:00"): tests never depend on the clock. */
export async function openAroundTheClock(db: Database, restaurantId: string) {
  await db.insert(openingHours).values(
    [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
      restaurantId,
      weekday,
      opens: "00:00",
      closes: "00:00",
    })),
  );
}

export function callerAs(
  db: Database,
  session: SessionClaims | null,
  extra: Omit<InnerContextOptions, "db" | "session"> = {},
) {
  const ctx = createContextInner({ db, session, limiter: testLimiter(), ...extra });
  return { caller: createCaller(ctx), ctx };
}
