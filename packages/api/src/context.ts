import type { Database, DatabaseHandle } from "@dishpatch/db";
import { createDatabase } from "@dishpatch/db";

/** Everything a procedure may use. Tests build it directly with a real database. */
export interface InnerContext {
  db: Database;
  /** Correlates a response, its error message and its log line. */
  requestId: string;
  /** When the request started (performance.now()), for the duration in logs. */
  startedAt: number;
}

export function createContextInner(opts: { db: Database; requestId?: string }): InnerContext {
  return {
    db: opts.db,
    requestId: opts.requestId ?? crypto.randomUUID(),
    startedAt: performance.now(),
  };
}

/**
 * The request-reading part. The database handle is created per request by the HTTP
 * handler (which also ends it once the response has been streamed).
 */
export function createContext(opts: { handle: DatabaseHandle; requestId: string }) {
  return createContextInner({ db: opts.handle.db, requestId: opts.requestId });
}

export function createRequestDatabase(): DatabaseHandle {
  return createDatabase();
}

export type Context = InnerContext;
