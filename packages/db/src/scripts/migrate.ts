import { readDatabaseEnv } from "../env";
import { migrateDatabase } from "../migrate";

const config = readDatabaseEnv();
const started = performance.now();
await migrateDatabase(config);
console.log(`Migrations applied in ${Math.round(performance.now() - started)} ms.`);
