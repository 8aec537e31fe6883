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
  const app = await startBuiltApp({
    DATABASE_URL: database.url,
    DATABASE_WS_PROXY: database.wsProxy,
  });
  project.provide("appBaseUrl", app.baseUrl);
  return async () => {
    await app.stop();
    await database.drop();
    await stack.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    appBaseUrl: string;
  }
}
