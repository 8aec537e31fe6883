import { createDatabase } from "../client";
import { readDatabaseEnv } from "../env";
import { useNodeWebSocket } from "../node";
import { seedDatabase } from "../seed";
import { assertSeedAllowed } from "../seed/guard";

assertSeedAllowed();
useNodeWebSocket();
const handle = createDatabase(readDatabaseEnv());
try {
  const result = await seedDatabase(handle.db);
  console.log(`Seeded ${result.restaurants} new restaurants.`);
} finally {
  await handle.end();
}
