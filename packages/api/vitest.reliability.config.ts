import { defineConfig } from "vitest/config";

/**
 * The reliability suite (`pnpm test:reliability`): fuzzing, the authorization matrix, load and
 * faults. Kept out of `pnpm test` (it is slower and starts stacks of its own) but run in CI.
 */
export default defineConfig({
  test: {
    include: ["test/reliability/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup-fast-check.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ["default", ["json", { outputFile: "test-results/reliability/vitest.json" }]],
  },
});
