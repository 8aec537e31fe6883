import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/neon-serverless/migrator";

import type { DatabaseConfig } from "./client";
import { createDatabase } from "./client";
import { installNodeWebSocket } from "./node";

export const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/**
 * Applies the committed SQL migrations through the same Neon driver the app uses.
 * Node only (reads migration files from disk); safe to run repeatedly.
 */
export async function migrateDatabase(config: DatabaseConfig) {
  installNodeWebSocket();
  const handle = createDatabase(config);
  try {
    await migrate(handle.db, { migrationsFolder });
  } finally {
    await handle.end();
  }
}
