import { defineConfig } from "drizzle-kit";

// Only `generate` is used: it diffs the schema against migrations/ and needs no database.
// Migrations are applied by src/scripts/migrate.ts through the same Neon driver the app uses.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./migrations",
  casing: "snake_case",
});
