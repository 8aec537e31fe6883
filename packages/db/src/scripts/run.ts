import type { DatabaseConfig } from "../client";
import { readDatabaseEnv } from "../env";

/**
 * Runs a database script with a one-line, actionable error instead of a driver stack dump
 * (the usual cause locally: the devstack is not running).
 */
export async function runScript(name: string, task: (config: DatabaseConfig) => Promise<string>) {
  const config = readDatabaseEnv();
  const started = performance.now();
  try {
    const summary = await task(config);
    console.log(`${name}: ${summary} (${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    const host = new URL(config.url).host;
    console.error(`${name} failed against ${host}: ${describe(error)}`);
    if (config.wsProxy) {
      console.error(
        `Is the local stack running? Start it with \`pnpm dev\` or \`pnpm devstack up\`.`,
      );
    }
    process.exitCode = 1;
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Drizzle wraps driver errors; the cause says what actually went wrong.
  const cause: unknown = error.cause;
  if (cause instanceof Error) return cause.message;
  if (cause && typeof cause === "object" && "message" in cause) return String(cause.message);
  return error.message;
}
