import type { TestProject } from "vitest/node";
import { seedDatabase } from "@dishpatch/db/seed";
import { createTestDatabase, startTestDatabaseServer } from "@dishpatch/db/testing";

import { startBuiltApp } from "./next-server";

/** One devstack, one seeded database and one `next start` of the production build per run. */
export default async function setup(project: TestProject) {
  const { stack, server } = await startTestDatabaseServer();
  const database = await createTestDatabase(server);
  await seedDatabase(database.db);
  await database.end();
  if (!server.upstash) {
    throw new Error(
      "The web tests need redis-server (apt-get install redis-server) for rate limiting.",
    );
  }
  const app = await startBuiltApp({
    DATABASE_URL: database.url,
    DATABASE_WS_PROXY: database.wsProxy,
    UPSTASH_REDIS_REST_URL: server.upstash.url,
    UPSTASH_REDIS_REST_TOKEN: server.upstash.token,
    AUTH_SECRET: "test-secret-for-the-built-app-0123456789abcdef",
    // A production build refuses to start without it (the cron routes' bearer secret).
    CRON_SECRET: "test-cron-secret-0123456789abcdef",
  });
  project.provide("appBaseUrl", app.baseUrl);
  project.provide("testDatabaseServer", server);
  project.provide("appDatabaseUrl", database.url);
  return async () => {
    await app.stop();
    await database.drop();
    await stack.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    appBaseUrl: string;
    /** The database the running app uses, for tests that arrange data directly. */
    appDatabaseUrl: string;
  }
}
