import type { SessionClaims } from "@dishpatch/auth";
import type { Database, DatabaseHandle, Viewer } from "@dishpatch/db";
import { isSecureRequest, readSessionClaims } from "@dishpatch/auth";
import { createDatabase, loadViewer } from "@dishpatch/db";

import type { RateLimiter } from "./ratelimit";
import { clientIpFrom } from "./client-ip";
import { createMemoryLimiter, defaultRateLimiter } from "./ratelimit";

/** Everything a procedure may use. Tests build it directly with a real database. */
export interface InnerContext {
  db: Database;
  /** Correlates a response, its error message and its log line. */
  requestId: string;
  /** When the request started (performance.now()), for the duration in logs. */
  startedAt: number;
  /** Claims of the session cookie; trusted only after `protectedProcedure` checks them. */
  session: SessionClaims | null;
  clientIp: string;
  limiter: RateLimiter;
  /** Headers of the HTTP response (Retry-After, Set-Cookie); unused by in-process calls. */
  resHeaders: Headers;
  /** Whether cookies this request sets must be `Secure` (https). */
  secureCookies: boolean;
  /**
   * The session's user with memberships (one database read per request, on first use), or why
   * the session does not stand: none, ended (version moved, user gone) or account suspended.
   */
  resolveViewer: () => Promise<ViewerResolution>;
}

export type ViewerResolution =
  | { ok: true; viewer: Viewer; session: SessionClaims }
  | { ok: false; reason: "signed-out" | "ended" | "suspended" };

async function resolveSession(
  db: Database,
  session: SessionClaims | null,
): Promise<ViewerResolution> {
  if (!session) return { ok: false, reason: "signed-out" };
  const viewer = await loadViewer(db, session.userId);
  if (viewer?.sessionVersion !== session.sessionVersion) return { ok: false, reason: "ended" };
  if (viewer.status !== "active") return { ok: false, reason: "suspended" };
  return { ok: true, viewer, session };
}

export interface InnerContextOptions {
  db: Database;
  session?: SessionClaims | null;
  requestId?: string;
  clientIp?: string;
  limiter?: RateLimiter;
  resHeaders?: Headers;
  secureCookies?: boolean;
}

export function createContextInner(opts: InnerContextOptions): InnerContext {
  const session = opts.session ?? null;
  let resolution: Promise<ViewerResolution> | undefined;
  return {
    db: opts.db,
    requestId: opts.requestId ?? crypto.randomUUID(),
    startedAt: performance.now(),
    session,
    clientIp: opts.clientIp ?? "unknown",
    limiter: opts.limiter ?? createMemoryLimiter(),
    resHeaders: opts.resHeaders ?? new Headers(),
    secureCookies: opts.secureCookies ?? false,
    resolveViewer: () => (resolution ??= resolveSession(opts.db, session)),
  };
}

/** The request-reading part: session cookie, client address, the process's limiter. */
export async function createContext(opts: {
  req: Request;
  resHeaders: Headers;
  handle: DatabaseHandle;
  requestId: string;
  limiter?: RateLimiter;
}) {
  return createContextInner({
    db: opts.handle.db,
    requestId: opts.requestId,
    session: await readSessionClaims(opts.req.headers),
    clientIp: clientIpFrom(opts.req.headers),
    limiter: opts.limiter ?? defaultRateLimiter(),
    resHeaders: opts.resHeaders,
    secureCookies: isSecureRequest(opts.req.url, opts.req.headers),
  });
}

export function createRequestDatabase(): DatabaseHandle {
  return createDatabase();
}

export type Context = InnerContext;
