/**
 * The Auth.js route handlers for `/api/auth/[...nextauth]` on the edge, wrapped so that
 * (1) each request gets its own database handle, ended after the response;
 * (2) a credentials sign-in passes a rate limit check first (429 with Retry-After);
 * (3) the response is a fresh Response: Auth.js redirects with `Response.redirect`, whose
 *     headers are immutable, and the edge runtime then fails editing them (a 500 on every
 *     failed sign-in otherwise).
 */
import type { NextRequest } from "next/server";
import { createDatabase } from "@dishpatch/db";
import NextAuth from "next-auth";

import { createAuthConfig } from "./config";

/** Returns a response to send instead (e.g. 429), or null to go on with the sign-in. */
export type SignInGuard = (req: NextRequest, email: string) => Promise<Response | null>;

const CREDENTIALS_CALLBACK = /\/callback\/credentials\/?$/;

export function createAuthRouteHandler(opts: { guardSignIn?: SignInGuard } = {}) {
  return async function handleAuthRequest(req: NextRequest): Promise<Response> {
    if (
      opts.guardSignIn &&
      req.method === "POST" &&
      CREDENTIALS_CALLBACK.test(req.nextUrl.pathname)
    ) {
      const form = await req
        .clone()
        .formData()
        .catch(() => null);
      const email = form?.get("email");
      const blocked = await opts.guardSignIn(req, typeof email === "string" ? email : "");
      if (blocked) return blocked;
    }
    const handle = createDatabase();
    try {
      const { handlers } = NextAuth(createAuthConfig(handle.db));
      const response = req.method === "POST" ? await handlers.POST(req) : await handlers.GET(req);
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers: new Headers(response.headers),
      });
    } finally {
      await handle.end();
    }
  };
}
