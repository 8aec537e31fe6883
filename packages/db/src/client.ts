import { neonConfig, Pool } from "@neondatabase/serverless";
import { drizzle } from "drizzle-orm/neon-serverless";

import { readDatabaseEnv } from "./env";
import * as schema from "./schema";

export interface DatabaseConfig {
  /** postgres:// connection string. */
  url: string;
  /** Local relay (`host:port/path`) standing in for Neon's WebSocket proxy; unset for Neon. */
  wsProxy?: string | undefined;
}

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
  const pool = new Pool({ connectionString: config.url, max: 4, connectionTimeoutMillis: 5_000 });
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
