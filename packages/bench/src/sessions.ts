import { sessionCookieName } from "@dishpatch/auth";
import { Browserless } from "@dishpatch/web/test/http-client";

import { BENCH_PASSWORD } from "./arrange";

/** Signs in through Auth.js credentials, as the sign-in form does; returns a Cookie header. */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const client = new Browserless(baseUrl);
  const res = await client.signIn(email, BENCH_PASSWORD);
  const token = client.cookie(sessionCookieName(false));
  if (res.status !== 302 || !token) {
    throw new Error(`sign-in as ${email} failed: ${res.status} ${res.headers.get("location")}`);
  }
  return `${sessionCookieName(false)}=${token}`;
}

/** A few at a time: each sign-in costs one PBKDF2 verification (~170 ms) on a 2-core machine. */
export async function signInAll(baseUrl: string, emails: string[], parallel = 4) {
  const cookies: string[] = [];
  for (let i = 0; i < emails.length; i += parallel) {
    const batch = emails.slice(i, i + parallel);
    cookies.push(...(await Promise.all(batch.map((email) => signIn(baseUrl, email)))));
  }
  return cookies;
}
