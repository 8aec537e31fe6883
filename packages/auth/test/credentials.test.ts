import { insertUser } from "@dishpatch/db";
import type { TestDatabase } from "@dishpatch/db/testing";
import { createTestDatabase } from "@dishpatch/db/testing";
import { users } from "@dishpatch/db/schema";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";

import { verifyCredentials } from "../src/credentials";
import { hashPassword, parsePasswordHash } from "../src/password";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  await insertUser(database.db, {
    email: "ada@example.com",
    name: "Ada",
    passwordHash: await hashPassword("analytical-engine"),
  });
});
afterAll(async () => {
  await database.drop();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("verifyCredentials", () => {
  it("signs in with the right password", async () => {
    const result = await verifyCredentials(database.db, "ada@example.com", "analytical-engine");
    expect(result).toMatchObject({
      ok: true,
      user: { email: "ada@example.com", sessionVersion: 1 },
    });
  });

  it("answers an unknown email exactly like a wrong password, doing the same hashing work", async () => {
    const derive = vi.spyOn(crypto.subtle, "deriveBits");
    const wrong = await verifyCredentials(database.db, "ada@example.com", "difference-engine");
    const wrongCalls = derive.mock.calls.map(([params]) => params);
    derive.mockClear();
    const unknown = await verifyCredentials(database.db, "nobody@example.com", "difference-engine");
    const unknownCalls = derive.mock.calls.map(([params]) => params);
    expect(unknown).toEqual(wrong);
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    // One PBKDF2 derivation at full cost on both paths: same work, about the same time.
    expect(wrongCalls).toHaveLength(1);
    expect(unknownCalls).toHaveLength(1);
    expect(unknownCalls[0]).toMatchObject({ name: "PBKDF2", iterations: 600_000 });
    expect(wrongCalls[0]).toMatchObject({ name: "PBKDF2", iterations: 600_000 });
  });

  it("names a suspension only to someone who knows the password", async () => {
    await insertUser(database.db, {
      email: "grace@example.com",
      name: "Grace",
      passwordHash: await hashPassword("cobol-rules-1959"),
    });
    await database.db
      .update(users)
      .set({ status: "suspended" })
      .where(eq(users.email, "grace@example.com"));
    expect(await verifyCredentials(database.db, "grace@example.com", "cobol-rules-1959")).toEqual({
      ok: false,
      reason: "suspended",
    });
    expect(await verifyCredentials(database.db, "grace@example.com", "wrong-password")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("raises an old, cheaper hash to today's cost on sign-in", async () => {
    await insertUser(database.db, {
      email: "alan@example.com",
      name: "Alan",
      passwordHash: await hashPassword("enigma-machine", 10_000),
    });
    expect((await verifyCredentials(database.db, "alan@example.com", "enigma-machine")).ok).toBe(
      true,
    );
    const [row] = await database.db
      .select({ passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.email, "alan@example.com"));
    expect(parsePasswordHash(row?.passwordHash ?? "")?.iterations).toBe(600_000);
  });
});
