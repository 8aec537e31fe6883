import { getCsrfToken } from "next-auth/react";
import { z } from "zod";

import type { SignInFailure } from "./sign-in-messages";
import { signInFailureFromCode } from "./sign-in-messages";

export type CredentialsSignInResult =
  { ok: true } | { ok: false; failure: SignInFailure; retryAfterSeconds: number | null };

/** Auth.js answers `{ url }`; our rate-limit guard adds `retryAfterSeconds` to its 429. */
const answer = z.object({
  url: z.string(),
  retryAfterSeconds: z.number().nullish(),
});

/**
 * Signs in with email and password through Auth.js's credentials callback, the request
 * `signIn("credentials", { redirect: false })` from next-auth/react makes. We make it
 * ourselves because that helper drops the response body, and with it the guard's
 * `retryAfterSeconds`: without it a rate-limited person could not be told when to retry.
 * On success the response sets the session cookie.
 */
export async function signInWithCredentials(input: {
  email: string;
  password: string;
  callbackUrl: string;
}): Promise<CredentialsSignInResult> {
  let response: Response;
  try {
    const csrfToken = await getCsrfToken();
    response = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        // Asks Auth.js for `{ url }` instead of a redirect, as next-auth/react does.
        "x-auth-return-redirect": "1",
      },
      body: new URLSearchParams({ ...input, csrfToken }),
    });
  } catch {
    return { ok: false, failure: "unavailable", retryAfterSeconds: null };
  }

  const parsed = answer.safeParse(await response.json().catch(() => null));
  const retryAfterSeconds = parsed.data?.retryAfterSeconds ?? retryAfterHeader(response);
  if (response.status === 429) return { ok: false, failure: "rate_limited", retryAfterSeconds };
  if (!response.ok || !parsed.success) {
    return { ok: false, failure: "unavailable", retryAfterSeconds };
  }
  // Failures come back as 200 with the error page's URL: `/sign-in?error=…&code=…`.
  const url = new URL(parsed.data.url, window.location.origin);
  const error = url.searchParams.get("error");
  if (error === null) return { ok: true };
  const failure =
    error === "CredentialsSignin"
      ? signInFailureFromCode(url.searchParams.get("code"))
      : "unavailable";
  return { ok: false, failure, retryAfterSeconds };
}

function retryAfterHeader(response: Response): number | null {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}
