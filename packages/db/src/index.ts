export { createDatabase } from "./client";
export type { Database, DatabaseConfig, DatabaseHandle, QueryStats } from "./client";
export { readDatabaseEnv, readDeploymentEnv } from "./env";
export { checkDatabase } from "./queries/health";
export type { DatabaseCheck } from "./queries/health";
export * from "./queries/users";
export * from "./queries/restaurants";
export * from "./queries/menu";
export * from "./queries/order-events";
