import { neonConfig, Pool } from "@neondatabase/serverless";
import { drizzle } from "drizzle-orm/neon-serverless";

import { readDatabaseEnv } from "./env";
import * as schema from "./schema";

export interface DatabaseConfig {
  /** postgres:// connection string. */
  url: string;
  /** Local relay (`host:port/path`) standing in for Neon's WebSocket proxy; unset for Neon. */
  wsProxy?: string | undefined;
  /** Client-side limit per query (ms); see DEFAULT_QUERY_TIMEOUT_MS. */
  queryTimeoutMs?: number;
}

/**
 * No query waits longer than this for its answer. A stalled link or an overloaded server then
 * fails the request in bounded time (the API answers SERVICE_UNAVAILABLE, retryable) instead
 * of holding it open until the platform kills it. Client-side (pg's `query_timeout`) because
 * it must also catch a silent network, and because Neon's pooler refuses a
 * `statement_timeout` startup parameter. 10 s is far above any healthy query here (the
 * slowest, a report, takes milliseconds) and below the edge functions' 25 s first-byte limit.
 * Writes stay whole: each is one statement or one transaction, so a timed-out write either
 * committed entirely or not at all, and a checkout retried with its idempotency key learns
 * which.
 */
export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;

/** Per-connection query statistics, reported in the `Server-Timing` header and by benchmarks. */
export interface QueryStats {
  queries: number;
  durationMs: number;
}

function configureDriver(wsProxy: string | undefined) {
  if (!wsProxy) return;
  // The relay speaks plain ws:// on loopback; Neon's proxy is wss:// and needs none of this.
  neonConfig.wsProxy = (host, port) => `${wsProxy}?address=${host}:${port}`;
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineTLS = false;
  neonConfig.pipelineConnect = "password";
}

function drizzleFor(pool: Pool) {
  return drizzle({ client: pool, schema, casing: "snake_case" });
}

export type Database = ReturnType<typeof drizzleFor>;

export interface DatabaseHandle {
  db: Database;
  stats: QueryStats;
  /** Closes the WebSocket connections. Call once the request is answered. */
  end: () => Promise<void>;
}

/**
 * One database handle for one request. On edge runtimes a WebSocket cannot outlive the
 * request that opened it, so never cache the result across requests.
 */
export function createDatabase(config: DatabaseConfig = readDatabaseEnv()): DatabaseHandle {
  configureDriver(config.wsProxy);
  const pool = new Pool({
    connectionString: config.url,
    max: 4,
    connectionTimeoutMillis: 5_000,
    query_timeout: config.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
  });
  const stats: QueryStats = { queries: 0, durationMs: 0 };
  meterQueries(pool, stats);
  // An idle client that loses its socket emits 'error' on the pool; without a listener that
  // would crash the process. The next query reports the failure to its caller instead.
  pool.on("error", () => undefined);
  let ended: Promise<void> | undefined;
  return {
    db: drizzleFor(pool),
    stats,
    end: () => (ended ??= pool.end()),
  };
}

/** Counts queries and their wall time by wrapping `pool.query`, which drizzle routes through. */
function meterQueries(pool: Pool, stats: QueryStats) {
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const metered = (...args: unknown[]): unknown => {
    const started = performance.now();
    stats.queries += 1;
    const result = query(...args);
    if (result instanceof Promise) {
      return result.finally(() => {
        stats.durationMs += performance.now() - started;
      });
    }
    return result;
  };
  Object.defineProperty(pool, "query", { value: metered });
}
