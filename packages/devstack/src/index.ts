/**
 * @dishpatch/devstack — dev/test/bench infrastructure only, never imported by production code.
 * Runs the app's production drivers against local services: embedded Postgres behind a Neon-style
 * WebSocket relay, and redis-server behind an Upstash-compatible REST endpoint.
 */
export { startDevstack, stackEnv } from "./stack";
export type { Devstack, DevstackEnv, DevstackOptions } from "./stack";
export { POSTGRES_PASSWORD, POSTGRES_USER, startPostgres } from "./postgres";
export type { PostgresOptions, PostgresServer } from "./postgres";
export { startRelay } from "./relay";
export type { Relay, RelayOptions } from "./relay";
export { REDIS_MISSING_REASON, findRedisServer, startRedis } from "./redis";
export type { RedisServer, RedisServerOptions } from "./redis";
export { DEV_UPSTASH_TOKEN, startUpstashEndpoint } from "./upstash-endpoint";
export type { UpstashEndpoint, UpstashEndpointOptions } from "./upstash-endpoint";
export type { ScriptStats } from "./upstash-commands";
export { PORT_ENV_VARS, PortInUseError, assertPortsFree, isPortFree, pickFreePort } from "./ports";
export type { PortClaim, ServiceName } from "./ports";
export { DEFAULT_DEV_PORTS } from "./env";
export { devstackDir, findRepoRoot } from "./repo";
