import { parsePasswordHash, readSessionClaims, verifyPassword } from "@dishpatch/auth";
import type { TestDatabase } from "@dishpatch/db/testing";
import { createTestDatabase } from "@dishpatch/db/testing";
import { users } from "@dishpatch/db/schema";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";

import { callerAs, createRestaurant, createUser, TEST_PASSWORD } from "./support";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
});
afterAll(async () => {
  await database.drop();
});

/** A distinct client address per call site, so sign-up limits never couple tests. */
const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.1`;

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
  return "OK";
}

describe("auth.signUp", () => {
  it("creates an account with a PBKDF2 hash, never the password", async () => {
    const { caller } = callerAs(database.db, null, { clientIp: ip() });
    const user = await caller.auth.signUp({
      name: " Ada ",
      email: " Ada@Example.COM ",
      password: "analytical-engine",
    });
    expect(user).toMatchObject({ email: "ada@example.com", name: "Ada" });
    const [row] = await database.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.passwordHash).not.toContain("analytical-engine");
    expect(parsePasswordHash(row?.passwordHash ?? "")?.iterations).toBe(600_000);
    expect(await verifyPassword("analytical-engine", row?.passwordHash ?? "")).toMatchObject({
      valid: true,
    });
  });

  it("refuses a taken email (any capitalisation) with CONFLICT", async () => {
    const { caller } = callerAs(database.db, null, { clientIp: ip() });
    await caller.auth.signUp({ name: "Bo", email: "bo@example.com", password: "a-fine-password" });
    expect(
      await codeOf(
        caller.auth.signUp({ name: "Bo", email: "BO@example.com", password: "another-fine-one" }),
      ),
    ).toBe("CONFLICT");
  });

  it("refuses short, overlong and common passwords with field errors", async () => {
    const { caller } = callerAs(database.db, null, { clientIp: ip() });
    for (const password of ["short", "x".repeat(129), "password123", "Qwertyuiop"]) {
      const error = await caller.auth
        .signUp({ name: "Cy", email: `cy-${password.length}@example.com`, password })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
    }
  });
});

describe("auth.me", () => {
  it("is null for anonymous callers", async () => {
    const { caller } = callerAs(database.db, null);
    expect(await caller.auth.me()).toBeNull();
  });

  it("returns the user with role and restaurant memberships", async () => {
    const user = await createUser(database.db);
    const restaurantId = await createRestaurant(database.db, [[user, "owner"]]);
    const { caller } = callerAs(database.db, user);
    const me = await caller.auth.me();
    expect(me).toMatchObject({
      id: user.userId,
      email: user.email,
      role: "customer",
      hasPassword: true,
    });
    expect(me?.memberships).toEqual([expect.objectContaining({ restaurantId, role: "owner" })]);
  });

  it("is null for an ended session or a suspended user", async () => {
    const user = await createUser(database.db);
    expect(await callerAs(database.db, { ...user, sessionVersion: 0 }).caller.auth.me()).toBeNull();
    const suspended = await createUser(database.db, { status: "suspended" });
    expect(await callerAs(database.db, suspended).caller.auth.me()).toBeNull();
  });
});

describe("protected procedures", () => {
  const calls = {
    updateProfile: (c: ReturnType<typeof callerAs>["caller"]) =>
      c.auth.updateProfile({ name: "New" }),
    changePassword: (c: ReturnType<typeof callerAs>["caller"]) =>
      c.auth.changePassword({
        currentPassword: TEST_PASSWORD,
        newPassword: "brand-new-passphrase",
      }),
    signOutEverywhere: (c: ReturnType<typeof callerAs>["caller"]) => c.auth.signOutEverywhere(),
  };

  it.each(Object.entries(calls))("%s: anonymous → UNAUTHORIZED", async (_name, call) => {
    expect(await codeOf(call(callerAs(database.db, null).caller))).toBe("UNAUTHORIZED");
  });

  it.each(Object.entries(calls))("%s: ended session → UNAUTHORIZED", async (_name, call) => {
    const user = await createUser(database.db);
    const stale = callerAs(database.db, { ...user, sessionVersion: 0 }).caller;
    expect(await codeOf(call(stale))).toBe("UNAUTHORIZED");
  });

  it.each(Object.entries(calls))("%s: suspended user → FORBIDDEN", async (_name, call) => {
    const user = await createUser(database.db, { status: "suspended" });
    expect(await codeOf(call(callerAs(database.db, user).caller))).toBe("FORBIDDEN");
  });

  it.each(Object.entries(calls))(
    "%s: a deleted user's session → UNAUTHORIZED",
    async (_name, call) => {
      const ghost = { userId: crypto.randomUUID(), sessionVersion: 1 };
      expect(await codeOf(call(callerAs(database.db, ghost).caller))).toBe("UNAUTHORIZED");
    },
  );
});

describe("auth.updateProfile", () => {
  it("changes the name and refuses an empty one", async () => {
    const user = await createUser(database.db);
    const { caller } = callerAs(database.db, user);
    expect(await caller.auth.updateProfile({ name: "  Grace Hopper " })).toMatchObject({
      name: "Grace Hopper",
    });
    expect(await codeOf(caller.auth.updateProfile({ name: "   " }))).toBe("BAD_REQUEST");
  });
});

describe("auth.changePassword", () => {
  it("needs the current password", async () => {
    const user = await createUser(database.db);
    const { caller } = callerAs(database.db, user);
    const wrong = caller.auth.changePassword({
      currentPassword: "not-my-password",
      newPassword: "brand-new-passphrase",
    });
    expect(await codeOf(wrong)).toBe("BAD_REQUEST");
  });

  it("ends every other session and re-issues this one's cookie", async () => {
    const user = await createUser(database.db);
    const { caller, ctx } = callerAs(database.db, user);
    await caller.auth.changePassword({
      currentPassword: TEST_PASSWORD,
      newPassword: "brand-new-passphrase",
    });

    // Another device, still holding version 1, is refused on its next call.
    const otherDevice = callerAs(database.db, user).caller;
    expect(await codeOf(otherDevice.auth.updateProfile({ name: "X" }))).toBe("UNAUTHORIZED");

    // This device received a fresh cookie carrying the new version, which works.
    const cookie = ctx.resHeaders.get("set-cookie") ?? "";
    expect(cookie).toMatch(
      /^authjs\.session-token=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/,
    );
    const claims = await readSessionClaims(new Headers({ cookie: cookie.split(";")[0] ?? "" }));
    expect(claims).toEqual({ userId: user.userId, sessionVersion: 2 });
    expect(await callerAs(database.db, claims).caller.auth.me()).toMatchObject({ id: user.userId });

    // The new password is the one that verifies now.
    const [row] = await database.db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.id, user.userId));
    expect((await verifyPassword("brand-new-passphrase", row?.hash ?? "")).valid).toBe(true);
    expect((await verifyPassword(TEST_PASSWORD, row?.hash ?? "")).valid).toBe(false);
  });

  it("marks the re-issued cookie Secure over https", async () => {
    const user = await createUser(database.db);
    const { caller, ctx } = callerAs(database.db, user, { secureCookies: true });
    await caller.auth.changePassword({
      currentPassword: TEST_PASSWORD,
      newPassword: "brand-new-passphrase",
    });
    expect(ctx.resHeaders.get("set-cookie")).toMatch(/^__Secure-authjs\.session-token=.*; Secure$/);
  });
});

describe("auth.signOutEverywhere", () => {
  it("ends every session including this one, and clears this cookie", async () => {
    const user = await createUser(database.db);
    const { caller, ctx } = callerAs(database.db, user);
    await caller.auth.signOutEverywhere();
    expect(ctx.resHeaders.get("set-cookie")).toMatch(/^authjs\.session-token=; .*Max-Age=0/);
    expect(await codeOf(callerAs(database.db, user).caller.auth.updateProfile({ name: "X" }))).toBe(
      "UNAUTHORIZED",
    );
    expect(await callerAs(database.db, user).caller.auth.me()).toBeNull();
  });
});
