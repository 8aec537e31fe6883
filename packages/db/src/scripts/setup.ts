/** `pnpm dev`'s database step: migrate, then seed, in one process (one tsx start-up). */
import { createDatabase } from "../client";
import { migrateDatabase } from "../migrate";
import { seedDatabase } from "../seed";
import { assertSeedAllowed } from "../seed/guard";
import { runScript } from "./run";

await runScript("db:setup", async (config) => {
  assertSeedAllowed();
  await migrateDatabase(config);
  const handle = createDatabase(config);
  try {
    const result = await seedDatabase(handle.db);
    return `migrations applied, ${result.restaurants} new restaurants seeded`;
  } finally {
    await handle.end();
  }
});
