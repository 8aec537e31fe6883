import path from "node:path";
import { startPostgres, type PostgresServer } from "./postgres";
import {
  PORT_ENV_VARS,
  assertPortsFree,
  isEphemeral,
  validatePort,
  type PortClaim,
  type ServiceName,
} from "./ports";
import { REDIS_MISSING_REASON, findRedisServer, startRedis, type RedisServer } from "./redis";
import { startRelay, type Relay } from "./relay";
import { startUpstashEndpoint, type UpstashEndpoint } from "./upstash-endpoint";

export interface DevstackOptions {
  /** Keep data between runs (dev) — requires dataDir. Default false: a temp dir removed on stop. */
  persistent?: boolean;
  /** Root folder; postgres data goes in <dataDir>/postgres. Without `persistent`, temp data goes under it. */
  dataDir?: string;
  /** Fixed ports; 0/undefined = any free port. */
  ports?: { postgres?: number; relay?: number; redis?: number; upstash?: number };
  /** Default "auto": start Redis + the Upstash endpoint when redis-server is installed. */
  redis?: boolean | "auto";
  /** Default: silent. */
  log?: (line: string) => void;
}

export interface DevstackEnv {
  DATABASE_URL: string;
  DATABASE_WS_PROXY: string;
  UPSTASH_REDIS_REST_URL?: string;
  UPSTASH_REDIS_REST_TOKEN?: string;
}

export interface Devstack {
  postgres: {
    host: "127.0.0.1";
    port: number;
    user: string;
    password: string;
    /** postgres://user:password@localhost:<port>/<database> — host "localhost" */
    url(database: string): string;
    createDatabase(name: string, options?: { template?: string }): Promise<void>;
    /** Terminates connections first (WITH (FORCE)); a missing database is not an error. */
    dropDatabase(name: string): Promise<void>;
    databaseExists(name: string): Promise<boolean>;
    /** For fault tests: stop postgres only (the relay stays up). */
    stop(): Promise<void>;
    /** Restart it on the same port and data. */
    start(): Promise<void>;
  };
  relay: {
    port: number;
    /** Value for DATABASE_WS_PROXY, e.g. "127.0.0.1:54330/v1". */
    wsProxy: string;
    setLatency(msPerDirection: number): void;
    roundTrips(): number;
    resetRoundTrips(): void;
    openConnections(): number;
  };
  upstash: { url: string; token: string; port: number } | null;
  /** Why `upstash` is null (e.g. redis-server not installed); null when it is running. */
  upstashUnavailableReason: string | null;
  /** Environment for a process that should use this stack. */
  env(database: string): DevstackEnv;
  /** Pids of the child processes (null when not running): lets tests check nothing is left behind. */
  processes(): { postgres: number | null; redis: number | null };
  /** Idempotent; stops everything and removes temp data. */
  stop(): Promise<void>;
}

/** The env lines for a stack's addresses; shared with the CLI's `env` command. */
export function stackEnv(
  postgresUrl: string,
  wsProxy: string,
  upstash: { url: string; token: string } | null,
): DevstackEnv {
  const env: DevstackEnv = { DATABASE_URL: postgresUrl, DATABASE_WS_PROXY: wsProxy };
  if (upstash !== null) {
    env.UPSTASH_REDIS_REST_URL = upstash.url;
    env.UPSTASH_REDIS_REST_TOKEN = upstash.token;
  }
  return env;
}

interface Closable {
  close(): Promise<void>;
}

/** Closes in order, attempting every one; reports all failures together. */
async function closeAll(parts: readonly Closable[]): Promise<void> {
  const errors: unknown[] = [];
  for (const part of parts) {
    try {
      await part.close();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1)
    throw new AggregateError(errors, "devstack: several services failed to stop");
}

/**
 * Starts Postgres (+ the Neon-style relay in front of it) and, when available, Redis behind an
 * Upstash-compatible REST endpoint. Fixed ports are all checked before anything starts, and if any
 * part fails the parts already running are stopped again.
 */
export async function startDevstack(options: DevstackOptions = {}): Promise<Devstack> {
  const log = options.log ?? (() => undefined);
  const persistent = options.persistent ?? false;
  if (persistent && options.dataDir === undefined) {
    throw new Error("startDevstack: `persistent: true` needs a `dataDir` to keep the data in");
  }
  const mode = options.redis ?? "auto";
  const redisInstalled = findRedisServer() !== null;
  if (mode === true && !redisInstalled) throw new Error(REDIS_MISSING_REASON);
  const withRedis = mode === true || (mode === "auto" && redisInstalled);
  const upstashUnavailableReason = withRedis
    ? null
    : mode === false
      ? "redis was disabled (redis: false)"
      : REDIS_MISSING_REASON;
  if (upstashUnavailableReason !== null) log(`[devstack] ${upstashUnavailableReason}`);

  const ports = options.ports ?? {};
  const services: ServiceName[] = withRedis
    ? ["postgres", "relay", "redis", "upstash"]
    : ["postgres", "relay"];
  const claims: PortClaim[] = [];
  for (const service of services) {
    const port = ports[service];
    if (port === undefined || isEphemeral(port)) continue;
    validatePort(port, service);
    claims.push({ port, service, envVar: PORT_ENV_VARS[service] });
  }
  await assertPortsFree(claims);

  const dataDir = options.dataDir === undefined ? undefined : path.resolve(options.dataDir);
  // Redis and the endpoint in front of it start together: the endpoint needs redis' port.
  const startRedisAndEndpoint = async (): Promise<[RedisServer, UpstashEndpoint] | null> => {
    if (!withRedis) return null;
    const redis = await startRedis({ port: ports.redis, log });
    try {
      return [
        redis,
        await startUpstashEndpoint({ redisPort: redis.port, port: ports.upstash, log }),
      ];
    } catch (error) {
      await redis.close();
      throw error;
    }
  };
  const results = await Promise.allSettled([
    startPostgres({
      port: ports.postgres,
      ...(persistent && dataDir !== undefined
        ? { dataDir: path.join(dataDir, "postgres") }
        : { tempParent: dataDir }),
      log,
    }),
    startRelay({ port: ports.relay, log }),
    startRedisAndEndpoint(),
  ]);
  const [postgresResult, relayResult, redisResult] = results;
  if (
    postgresResult.status === "rejected" ||
    relayResult.status === "rejected" ||
    redisResult.status === "rejected"
  ) {
    const started: Closable[] = [];
    if (redisResult.status === "fulfilled" && redisResult.value !== null) {
      const [redis, endpoint] = redisResult.value;
      started.push(endpoint, redis);
    }
    if (relayResult.status === "fulfilled") started.push(relayResult.value);
    if (postgresResult.status === "fulfilled") started.push(postgresResult.value);
    await closeAll(started).catch((error: unknown) => {
      log(`[devstack] cleanup after a failed start also failed: ${String(error)}`);
    });
    const failure = results.find((result) => result.status === "rejected");
    throw failure?.reason ?? new Error("devstack failed to start");
  }

  const postgres: PostgresServer = postgresResult.value;
  const relay: Relay = relayResult.value;
  const redisPair = redisResult.value;
  const redis = redisPair?.[0] ?? null;
  const endpoint = redisPair?.[1] ?? null;
  log(
    `[devstack] postgres on ${postgres.port}, relay on ${relay.port}` +
      (endpoint === null
        ? ""
        : `, upstash endpoint on ${endpoint.port} (redis ${redis?.port ?? "?"})`),
  );

  let stopping: Promise<void> | undefined;
  let stopped = false;
  return {
    postgres: {
      host: postgres.host,
      port: postgres.port,
      user: postgres.user,
      password: postgres.password,
      url: (database) => postgres.url(database),
      createDatabase: (name, createOptions) => postgres.createDatabase(name, createOptions),
      dropDatabase: (name) => postgres.dropDatabase(name),
      databaseExists: (name) => postgres.databaseExists(name),
      stop: () => postgres.stop(),
      start: () => postgres.start(),
    },
    relay: {
      port: relay.port,
      wsProxy: relay.wsProxy,
      setLatency: (ms) => {
        relay.setLatency(ms);
      },
      roundTrips: () => relay.roundTrips(),
      resetRoundTrips: () => {
        relay.resetRoundTrips();
      },
      openConnections: () => relay.openConnections(),
    },
    upstash:
      endpoint === null ? null : { url: endpoint.url, token: endpoint.token, port: endpoint.port },
    upstashUnavailableReason,
    env: (database) => stackEnv(postgres.url(database), relay.wsProxy, endpoint),
    processes: () => ({
      postgres: postgres.pid(),
      redis: redis === null || stopped ? null : redis.pid,
    }),
    stop: () => {
      // Front doors first, so no new work reaches the servers while they shut down.
      stopping ??= closeAll([
        ...(endpoint === null ? [] : [endpoint]),
        relay,
        ...(redis === null ? [] : [redis]),
        postgres,
      ]).finally(() => {
        stopped = true;
      });
      return stopping;
    },
  };
}
