/**
 * Session claims in the Auth.js JWT cookie, readable without Next.js (edge-safe): the tRPC
 * handler reads them from the request, and re-issues the cookie when the session version
 * moves (password change) so the session that made the change stays signed in.
 */
import type { JWT } from "@auth/core/jwt";
import { encode, getToken } from "@auth/core/jwt";

import { authEnv } from "./env";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export interface SessionClaims {
  userId: string;
  /** Must equal users.session_version, or the session has been ended. */
  sessionVersion: number;
}

/** Auth.js names the cookie by whether the site is served over https. */
export function sessionCookieName(secure: boolean) {
  return secure ? "__Secure-authjs.session-token" : "authjs.session-token";
}

export function isSecureRequest(url: string, headers: Headers) {
  const forwarded = headers.get("x-forwarded-proto");
  return (forwarded ?? new URL(url).protocol.replace(":", "")) === "https";
}

export function claimsFromToken(token: JWT | null): SessionClaims | null {
  if (!token?.sub || typeof token.sv !== "number") return null;
  return { userId: token.sub, sessionVersion: token.sv };
}

/**
 * The session in a request's cookies, or null (none, expired or tampered with). Browsers
 * only accept `__Secure-` cookies over https, so its presence tells which name to read.
 */
export async function readSessionClaims(headers: Headers): Promise<SessionClaims | null> {
  const secureCookie = (headers.get("cookie") ?? "").includes(`${sessionCookieName(true)}=`);
  try {
    const token = await getToken({
      req: { headers },
      secret: authEnv.AUTH_SECRET,
      secureCookie,
      salt: sessionCookieName(secureCookie),
    });
    return claimsFromToken(token);
  } catch {
    return null;
  }
}

/** A `Set-Cookie` value carrying a fresh session JWT, as Auth.js itself would set it. */
export async function sessionCookie(
  claims: SessionClaims & { email: string; name: string | null },
  secure: boolean,
): Promise<string> {
  const name = sessionCookieName(secure);
  const value = await encode({
    salt: name,
    secret: authEnv.AUTH_SECRET,
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: {
      sub: claims.userId,
      sv: claims.sessionVersion,
      email: claims.email,
      name: claims.name,
    },
  });
  return cookieHeader(name, value, SESSION_MAX_AGE_SECONDS, secure);
}

/** A `Set-Cookie` value that deletes the session cookie (sign out). */
export function expiredSessionCookie(secure: boolean): string {
  return cookieHeader(sessionCookieName(secure), "", 0, secure);
}

/** The attributes Auth.js gives its session cookie. */
function cookieHeader(name: string, value: string, maxAge: number, secure: boolean) {
  const attributes = [
    `${name}=${value}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAge}`,
    ...(secure ? ["Secure"] : []),
  ];
  return attributes.join("; ");
}
