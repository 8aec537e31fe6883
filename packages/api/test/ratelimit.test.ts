import type { TestDatabase } from "@dishpatch/db/testing";
import { createTestDatabase } from "@dishpatch/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

import {
  createCaller,
  createContextInner,
  createMemoryLimiter,
  createUpstashLimiter,
} from "../src";
import { rateLimitPolicies } from "../src/ratelimit";
import { testLimiter } from "./support";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  // Outage paths log on purpose; keep the output readable.
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterAll(async () => {
  await database.drop();
});

const signUp = (n: number) => ({
  name: "Limit Tester",
  email: `limit-${crypto.randomUUID()}-${n}@example.com`,
  password: "long-enough-passphrase",
});

describe("sign-up per client address (real Redis)", () => {
  it("allows 5 sign-ups an hour from one address, refuses the 6th with Retry-After", async () => {
    const clientIp = `192.0.2.${Math.floor(Math.random() * 250)}`;
    const limiter = testLimiter();
    for (let n = 0; n < rateLimitPolicies.signUpPerIp.limit; n++) {
      const caller = createCaller(createContextInner({ db: database.db, clientIp, limiter }));
      await caller.auth.signUp(signUp(n));
    }
    const ctx = createContextInner({ db: database.db, clientIp, limiter });
    const error = await createCaller(ctx)
      .auth.signUp(signUp(99))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("TOO_MANY_REQUESTS");
    const retryAfter = Number(ctx.resHeaders.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);

    // The limit is per address: another client is unaffected.
    const other = createCaller(
      createContextInner({ db: database.db, clientIp: "198.51.100.7", limiter }),
    );
    await expect(other.auth.signUp(signUp(100))).resolves.toMatchObject({ name: "Limit Tester" });
  });
});

describe("when the limiter's store is down", () => {
  // Nothing listens on port 1: every call to this "Upstash" fails at once.
  const deadLimiter = createUpstashLimiter({ url: "http://127.0.0.1:1", token: "x" });

  it("sign-up fails closed with SERVICE_UNAVAILABLE and Retry-After", async () => {
    const ctx = createContextInner({
      db: database.db,
      clientIp: "203.0.113.1",
      limiter: deadLimiter,
    });
    const error = await createCaller(ctx)
      .auth.signUp(signUp(1))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect((error as TRPCError).code).toBe("SERVICE_UNAVAILABLE");
    expect(ctx.resHeaders.get("retry-after")).toBe("30");
  });

  it("reads fail open and still answer", async () => {
    const ctx = createContextInner({ db: database.db, limiter: deadLimiter });
    await expect(createCaller(ctx).health.check()).resolves.toMatchObject({ status: "ok" });
  });
});

describe("in-process limiter (pnpm dev without Redis)", () => {
  it("counts per key within the window and frees up after it", async () => {
    let now = 1_000_000;
    const limiter = createMemoryLimiter(() => now);
    const { limit } = rateLimitPolicies.signInPerEmail;
    for (let i = 0; i < limit; i++) {
      expect((await limiter.check("signInPerEmail", "a")).allowed).toBe(true);
    }
    expect((await limiter.check("signInPerEmail", "a")).allowed).toBe(false);
    expect((await limiter.check("signInPerEmail", "b")).allowed).toBe(true);
    now += 15 * 60_000 + 1;
    expect((await limiter.check("signInPerEmail", "a")).allowed).toBe(true);
  });
});
