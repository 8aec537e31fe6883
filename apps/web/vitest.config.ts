import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // Browser tests poll for what a page shows after hydration or a live update; on a busy
    // 2-core CI machine that can take seconds, far past the 1 s default.
    expect: { poll: { timeout: 15_000 } },
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
