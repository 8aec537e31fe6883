/**
 * `pnpm dev`: the whole local product with nothing installed and no .env.
 * Starts the devstack (data kept in <repo>/.devstack), migrates and seeds the database,
 * then runs the web app through turbo on http://localhost:3000. Ctrl-C stops every child.
 */
import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { join } from "node:path";

import type { Devstack } from "./index";
import { localAuthSecret } from "./auth-secret";
import {
  configuredAuthSecret,
  cronSecret,
  devPorts,
  inheritedEnv,
  verboseLogging,
  webPort,
} from "./env";
import { cronPaths, startCronTimer } from "./cron-timer";
import { assertPortsFree, PortInUseError, startDevstack } from "./index";
import { findRepoRoot } from "./repo";

const DATABASE = "dishpatch";
const root = findRepoRoot();
const verbose = verboseLogging();
const say = (line: string) => {
  console.log(`\x1b[36m[dev]\x1b[0m ${line}`);
};

let stack: Devstack | undefined;
let web: ChildProcess | undefined;
let stopping = false;
let stopCrons: (() => void) | undefined;

async function main() {
  const started = performance.now();
  await assertPortsFree([{ port: webPort, service: "web app (next dev)", envVar: "PORT" }]);
  stack = await startDevstack({
    persistent: true,
    dataDir: join(root, ".devstack"),
    ports: devPorts,
    log: (line) => {
      // Postgres and Redis chatter only with DEVSTACK_VERBOSE=1; devstack's own lines always.
      if (verbose || !/^\[(postgres|redis)\]/.test(line)) say(line);
    },
  });
  if (!(await stack.postgres.databaseExists(DATABASE))) {
    await stack.postgres.createDatabase(DATABASE);
  }
  const env = {
    ...stack.env(DATABASE),
    AUTH_SECRET: configuredAuthSecret() ?? localAuthSecret(join(root, ".devstack", "auth-secret")),
  };
  if (!stack.upstash) {
    say(
      "redis-server is not installed: rate limits use an in-process limiter (apt-get install redis-server for the real thing).",
    );
  }
  await run("pnpm", ["--silent", "--filter", "@dishpatch/db", "run", "db:setup"], env);
  say(`Stack ready in ${Math.round(performance.now() - started)} ms; starting the web app…`);
  say(`Database: ${env.DATABASE_URL}`);

  web = spawn("pnpm", ["exec", "turbo", "run", "dev", "--filter=@dishpatch/web", "--ui=stream"], {
    cwd: root,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...inheritedEnv(), ...env, PORT: String(webPort) },
    stdio: "inherit",
    detached: true,
  });
  web.once("exit", (code) => {
    if (!stopping) void shutdown(code ?? 1);
  });
  say(`http://localhost:${webPort} (Ctrl-C stops everything)`);
  const paths = cronPaths(root);
  stopCrons = startCronTimer({
    baseUrl: `http://127.0.0.1:${webPort}`,
    paths,
    secret: cronSecret(),
    say,
  });
  say(`Scheduled jobs run every minute: ${paths.join(", ")}`);
}

function run(command: string, args: string[], env: Record<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...inheritedEnv(), ...env },
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code ?? "a signal"}`));
    });
  });
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  stopCrons?.();
  say("Stopping…");
  if (web?.pid !== undefined && web.exitCode === null) {
    const exited = new Promise((resolve) => web?.once("exit", resolve));
    signalGroup(web.pid, "SIGTERM");
    const force = setTimeout(() => {
      if (web?.pid !== undefined) signalGroup(web.pid, "SIGKILL");
    }, 5_000);
    await exited;
    clearTimeout(force);
  }
  await stack?.stop();
  say("Stopped.");
  process.exit(code);
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

main().catch(async (error: unknown) => {
  if (error instanceof PortInUseError) console.error(`\n${error.message}\n`);
  else console.error(error);
  await shutdown(1);
});
