import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

import { seedDatabase } from "@dishpatch/db/seed";
import { createTestDatabase, startTestDatabaseServer } from "@dishpatch/db/testing";
import { startBuiltApp } from "@dishpatch/web/test/next-server";

import type { BenchData } from "./arrange";
import { arrangeBenchData } from "./arrange";
import { benchEnv } from "./env";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

/**
 * The devstack (embedded Postgres behind the Neon-style relay, Redis behind the Upstash-style
 * endpoint), one migrated + seeded database, the built app (`next start`) on loopback, and the
 * same app built with its tRPC route on the Node.js runtime (node-runtime-build.ts), and the
 * Node-only comparison server (node-server.ts) against the same database and limiter.
 */
export async function startBenchStack(customerCount: number, nodeRuntimeAppDir: string) {
  const { stack, server } = await startTestDatabaseServer();
  const stops: (() => Promise<void>)[] = [() => stack.stop()];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn().catch(() => undefined);
  };
  try {
    if (!server.upstash) {
      throw new Error(
        "The bench needs redis-server (apt-get install redis-server) for rate limits.",
      );
    }
    const database = await createTestDatabase(server);
    stops.push(() => database.drop());
    await seedDatabase(database.db);
    const data: BenchData = await arrangeBenchData(database.db, customerCount);
    const env = {
      DATABASE_URL: database.url,
      DATABASE_WS_PROXY: database.wsProxy,
      UPSTASH_REDIS_REST_URL: server.upstash.url,
      UPSTASH_REDIS_REST_TOKEN: server.upstash.token,
      AUTH_SECRET: "bench-secret-for-the-built-app-0123456789abcdef",
      CRON_SECRET: "bench-cron-secret-0123456789abcdef",
    };
    const app = await startBuiltApp(env);
    stops.push(() => app.stop());
    const nodeRuntimeApp = await startBuiltApp(env, nodeRuntimeAppDir);
    stops.push(() => nodeRuntimeApp.stop());
    const node = await startNodeServer(env);
    stops.push(node.stop);
    return {
      relay: stack.relay,
      app,
      nodeRuntimeBaseUrl: nodeRuntimeApp.baseUrl,
      nodeBaseUrl: node.baseUrl,
      data,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function startNodeServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/node-server.ts"], {
    cwd: packageDir,
    env: { ...benchEnv.inherited, ...env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`node server did not start\n${log}`));
    }, 30_000);
    child.stdout.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      const match = /listening (\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => {
      reject(new Error(`node server exited with ${code}\n${log}`));
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
