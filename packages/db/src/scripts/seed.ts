import { createDatabase } from "../client";
import { installNodeWebSocket } from "../node";
import { seedDatabase } from "../seed";
import { assertSeedAllowed } from "../seed/guard";
import { runScript } from "./run";

await runScript("db:seed", async (config) => {
  assertSeedAllowed();
  installNodeWebSocket();
  const handle = createDatabase(config);
  try {
    const result = await seedDatabase(handle.db);
    return `${result.restaurants} new restaurants, ${result.users} new demo accounts`;
  } finally {
    await handle.end();
  }
});
