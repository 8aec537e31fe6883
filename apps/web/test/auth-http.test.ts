/** Sign-up, sign-in, sessions and rate limits over real HTTP against the built app. */
import { describe, expect, inject, it } from "vitest";

import { Browserless } from "./http-client";

const baseUrl = inject("appBaseUrl");
const password = "a-perfectly-good-passphrase";

async function signedUpClient() {
  const client = new Browserless(baseUrl);
  const email = `http-${crypto.randomUUID()}@example.com`;
  const res = await client.mutation("auth.signUp", { name: "Wire Tester", email, password });
  expect(res.status).toBe(200);
  return { client, email };
}

describe("sign-up → sign-in → auth.me", () => {
  it("signs in with credentials and gets an httpOnly, SameSite=Lax session cookie", async () => {
    const { client, email } = await signedUpClient();
    expect(await client.query("auth.me")).toBeNull();

    const res = await client.signIn(email, password);
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get("location") ?? "").pathname).toBe("/account");
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);

    const me = await client.query<{ email: string; role: string } | null>("auth.me");
    expect(me).toMatchObject({ email, role: "customer" });
  });

  it("marks the session cookie Secure behind https", async () => {
    const { email } = await signedUpClient();
    const client = new Browserless(baseUrl, undefined, { "x-forwarded-proto": "https" });
    const res = await client.signIn(email, password);
    expect(res.status).toBe(302);
    const cookie = res.headers.getSetCookie().find((c) => c.includes("session-token="));
    expect(cookie).toMatch(/^__Secure-authjs\.session-token=/);
    expect(cookie).toMatch(/; Secure/i);
  });

  it("answers a wrong password and an unknown email with the same redirect, never a 500", async () => {
    const { client, email } = await signedUpClient();
    const wrong = await client.signIn(email, "not-the-password");
    const unknown = await new Browserless(baseUrl).signIn(
      `nobody-${crypto.randomUUID()}@example.com`,
      password,
    );
    expect(wrong.status).toBe(302);
    expect(unknown.status).toBe(302);
    const where = (r: Response) => new URL(r.headers.get("location") ?? "").search;
    expect(where(wrong)).toBe("?error=CredentialsSignin&code=invalid_credentials");
    expect(where(unknown)).toBe(where(wrong));
    expect(wrong.headers.getSetCookie().some((c) => c.includes("session-token="))).toBe(false);
  });

  it("ends the session everywhere: the old cookie is refused on its next call", async () => {
    const { client, email } = await signedUpClient();
    await client.signIn(email, password);
    const stolen = client.cookie("authjs.session-token");
    expect(stolen).toBeTruthy();
    const res = await client.mutation("auth.signOutEverywhere", null);
    expect(res.status).toBe(200);

    const elsewhere = new Browserless(baseUrl);
    const me = await elsewhere.fetch("/api/trpc/auth.me", {
      headers: { cookie: `authjs.session-token=${stolen ?? ""}` },
    });
    const body = (await me.json()) as { result: { data: { json: unknown } } };
    expect(body.result.data.json).toBeNull();
  });
});

describe("brute force", () => {
  it("refuses the 6th sign-in attempt for one email with 429 and Retry-After, from any address", async () => {
    const { email } = await signedUpClient();
    for (let attempt = 1; attempt <= 5; attempt++) {
      // A new address each time: only the per-email limit can be what stops the 6th.
      const res = await new Browserless(baseUrl).signIn(email, `wrong-${attempt}`);
      expect(res.status).toBe(302);
    }
    const sixth = await new Browserless(baseUrl).signIn(email, password);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(sixth.headers.getSetCookie().some((c) => c.includes("session-token="))).toBe(false);

    // Another account is not affected: limits are per key.
    const other = await signedUpClient();
    expect((await other.client.signIn(other.email, password)).status).toBe(302);
  });

  it("limits a burst of sign-ups from one address", async () => {
    const client = new Browserless(baseUrl);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let n = 0; n < 6; n++) {
      const res = await client.mutation("auth.signUp", {
        name: "Burst",
        email: `burst-${crypto.randomUUID()}@example.com`,
        password,
      });
      statuses.push(res.status);
      retryAfter = res.headers.get("retry-after") ?? retryAfter;
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // A different address may still sign up.
    const other = new Browserless(baseUrl);
    const res = await other.mutation("auth.signUp", {
      name: "Elsewhere",
      email: `elsewhere-${crypto.randomUUID()}@example.com`,
      password,
    });
    expect(res.status).toBe(200);
  });
});

describe("security headers", () => {
  it("sends a nonce-based CSP that changes on every page request, plus the standard headers", async () => {
    const [a, b] = await Promise.all([fetch(`${baseUrl}/`), fetch(`${baseUrl}/`)]);
    const csp = a.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(b.headers.get("content-security-policy")).not.toBe(csp);
    const html = await a.text();
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";
    expect(html).toContain(`nonce="${nonce}"`);
    for (const res of [a, await fetch(`${baseUrl}/api/trpc/health.check`)]) {
      expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("permissions-policy")).toContain("camera=()");
    }
  });

  it("locks API responses down and keeps signed-in answers out of shared caches", async () => {
    const api = await fetch(`${baseUrl}/api/trpc/health.check`);
    expect(api.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(api.headers.get("access-control-allow-origin")).toBeNull();

    const { client, email } = await signedUpClient();
    await client.signIn(email, password);
    const me = await client.fetch("/api/trpc/auth.me");
    expect(me.headers.get("cache-control")).toContain("no-store");
  });

  it("refuses calls from another origin (CORS closed, CSRF)", async () => {
    const { client } = await signedUpClient();
    const res = await client.mutation(
      "auth.updateProfile",
      { name: "Evil" },
      { origin: "https://evil.example" },
    );
    expect(res.status).toBe(403);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});
