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
    return `migrations applied; seeded ${result.restaurants} new restaurants, ${result.users} new demo accounts`;
  } finally {
    await handle.end();
  }
});
