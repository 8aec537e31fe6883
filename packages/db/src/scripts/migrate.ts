import { migrateDatabase } from "../migrate";
import { runScript } from "./run";

await runScript("db:migrate", async (config) => {
  await migrateDatabase(config);
  return "migrations applied";
});
