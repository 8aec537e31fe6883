import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { createUpstashLimiter, guardSignIn, rateLimitPolicies } from "../src";
import { testLimiter } from "./support";

beforeAll(() => {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterAll(() => {
  vi.restoreAllMocks();
});

const signInRequest = (ip: string) =>
  new Request("http://dishpatch.test/api/auth/callback/credentials", {
    method: "POST",
    headers: { "x-real-ip": ip },
  });

describe("guardSignIn", () => {
  it("lets attempts through until the per-email limit, then answers 429 as Auth.js would", async () => {
    const limiter = testLimiter();
    const email = `guard-${crypto.randomUUID()}@example.com`;
    for (let i = 0; i < rateLimitPolicies.signInPerEmail.limit; i++) {
      expect(await guardSignIn(signInRequest(`10.9.0.${i}`), email, limiter)).toBeNull();
    }
    // Capitalisation does not make a new key.
    const blocked = await guardSignIn(signInRequest("10.9.1.1"), email.toUpperCase(), limiter);
    expect(blocked?.status).toBe(429);
    expect(Number(blocked?.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await blocked?.json()) as { url: string; retryAfterSeconds: number };
    expect(new URL(body.url).search).toBe("?error=CredentialsSignin&code=rate_limited");
    expect(body.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("fails closed with 503 when the limiter is unreachable", async () => {
    const dead = createUpstashLimiter({ url: "http://127.0.0.1:1", token: "x" });
    const res = await guardSignIn(signInRequest("10.9.2.1"), "someone@example.com", dead);
    expect(res?.status).toBe(503);
    expect(res?.headers.get("retry-after")).toBe("30");
    const body = (await res?.json()) as { url: string };
    expect(new URL(body.url).searchParams.get("code")).toBe("unavailable");
  });
});
