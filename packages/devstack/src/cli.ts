/**
 * `pnpm devstack <command>` (tsx src/cli.ts):
 *   up     start the persistent dev stack in <repo>/.devstack on the fixed dev ports; Ctrl-C stops it
 *   env    print the environment lines for the dev ports (DATABASE_URL=…)
 *   reset  delete <repo>/.devstack (refused while the stack is running)
 */
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { readDevPorts, verboseLogging } from "./env";
import { PortInUseError, isPortFree } from "./ports";
import { POSTGRES_PASSWORD, POSTGRES_USER, readPostmasterPid } from "./postgres";
import { isProcessAlive } from "./processes";
import { REDIS_MISSING_REASON, findRedisServer } from "./redis";
import { devstackDir, findRepoRoot } from "./repo";
import { stackEnv, startDevstack, type DevstackEnv } from "./stack";
import { DEV_UPSTASH_TOKEN } from "./upstash-endpoint";

const DATABASE = "dishpatch";
const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

const say = (line: string): void => {
  console.error(`[devstack] ${line}`);
};

function printEnv(env: DevstackEnv): void {
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined) console.log(`${key}=${value}`);
  }
}

/**
 * Resolves on the first SIGINT/SIGTERM/SIGHUP. Having our own listeners also tells devstack's
 * signal guard (processes.ts) to leave the shutdown to us.
 */
function waitForSignal(): Promise<NodeJS.Signals> {
  let firstAt: number | null = null;
  return new Promise((resolve) => {
    for (const signal of SIGNALS) {
      process.on(signal, () => {
        if (firstAt === null) {
          firstAt = Date.now();
          resolve(signal);
          return;
        }
        // Ctrl-C reaches us twice at once (from the terminal and relayed by pnpm/tsx): only a
        // later, deliberate second Ctrl-C forces the exit. The exit hook still signals postgres
        // and redis-server, so even then nothing is orphaned.
        if (Date.now() - firstAt > 1_000) {
          say("forced exit");
          process.exit(1);
        }
      });
    }
  });
}

async function up(): Promise<void> {
  const root = findRepoRoot();
  const ports = readDevPorts();
  const verbose = verboseLogging();
  const signal = waitForSignal();
  // An object, not a `let`: it is flipped asynchronously while startup runs.
  const state = { stopRequested: false };
  void signal.then(() => {
    state.stopRequested = true;
  });

  const started = performance.now();
  const stack = await startDevstack({
    persistent: true,
    dataDir: devstackDir(root),
    ports,
    redis: "auto",
    log: (line) => {
      if (verbose || line.startsWith("[devstack]")) console.error(line);
    },
  });
  try {
    if (!(await stack.postgres.databaseExists(DATABASE))) {
      await stack.postgres.createDatabase(DATABASE);
      say(`created database ${DATABASE}`);
    }
  } catch (error) {
    await stack.stop();
    throw error;
  }

  if (!state.stopRequested) {
    printEnv(stack.env(DATABASE));
    if (stack.upstash === null)
      say(`no Upstash endpoint: ${stack.upstashUnavailableReason ?? "disabled"}`);
    say(
      `ready in ${Math.round(performance.now() - started)} ms (data in ${path.relative(root, devstackDir(root))}/) — Ctrl-C to stop`,
    );
  }
  const received = await signal;
  say(`${received}: stopping…`);
  await stack.stop();
  say("stopped");
  process.exit(0);
}

function env(): void {
  const ports = readDevPorts();
  const redisInstalled = findRedisServer() !== null;
  printEnv(
    stackEnv(
      `postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@localhost:${ports.postgres}/${DATABASE}`,
      `127.0.0.1:${ports.relay}/v1`,
      redisInstalled
        ? { url: `http://127.0.0.1:${ports.upstash}`, token: DEV_UPSTASH_TOKEN }
        : null,
    ),
  );
  if (!redisInstalled) console.log(`# ${REDIS_MISSING_REASON}`);
}

async function reset(): Promise<void> {
  const dir = devstackDir(findRepoRoot());
  if (!existsSync(dir)) {
    say(`nothing to reset (${dir} does not exist)`);
    return;
  }
  const pid = await readPostmasterPid(path.join(dir, "postgres"));
  if (pid !== null && isProcessAlive(pid)) {
    throw new Error(
      `the dev stack is running (postgres pid ${pid}): stop \`devstack up\` / \`pnpm dev\` first`,
    );
  }
  const { postgres } = readDevPorts();
  if (!(await isPortFree(postgres))) {
    throw new Error(
      `port ${postgres} (postgres) is in use — is \`devstack up\` or \`pnpm dev\` running? Stop it first`,
    );
  }
  await fs.rm(dir, { recursive: true, force: true });
  say(`removed ${dir}`);
}

async function main(command: string | undefined): Promise<void> {
  switch (command) {
    case "up":
      await up();
      return;
    case "env":
      env();
      return;
    case "reset":
      await reset();
      return;
    default:
      console.error("usage: devstack <up|env|reset>");
      console.error(
        "  up     start Postgres, the WebSocket relay and (if installed) Redis + Upstash endpoint",
      );
      console.error("  env    print DATABASE_URL=… lines for the dev ports");
      console.error("  reset  delete the dev data in <repo>/.devstack");
      process.exitCode = command === undefined || command === "help" ? 0 : 2;
  }
}

/** After a crash (kill -9), the old postgres may still hold the ports: name it. */
async function stalePostgresHint(): Promise<string> {
  const pid = await readPostmasterPid(path.join(devstackDir(findRepoRoot()), "postgres")).catch(
    () => null,
  );
  return pid !== null && isProcessAlive(pid)
    ? `\nA postgres from an earlier devstack run is still running on this data (pid ${pid}): stop that run, or \`kill ${pid}\`.`
    : "";
}

main(process.argv[2]).catch(async (error: unknown) => {
  // Expected failures (port taken, stack running, …) read best as one line; DEVSTACK_VERBOSE=1 shows stacks.
  if (error instanceof PortInUseError)
    console.error(`\n${error.message}${await stalePostgresHint()}\n`);
  else if (error instanceof Error && !verboseLogging()) say(`error: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
