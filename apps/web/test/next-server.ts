import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

import { testEnv } from "./env";

const appDir = fileURLToPath(new URL("..", import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("no port"));
      });
    });
  });
}

export interface RunningApp {
  baseUrl: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Runs the production build (`next start`) on loopback against the given environment. `dir` is
 * this app's folder unless the bench serves a second build of it from elsewhere.
 */
export async function startBuiltApp(
  env: Record<string, string>,
  dir: string = appDir,
): Promise<RunningApp> {
  const port = await freePort();
  const child = spawn("pnpm", ["exec", "next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: dir,
    env: { ...testEnv.inherited, ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    // Its own process group, so stop() ends next and everything it started.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const app: RunningApp = { baseUrl, output: () => log, stop: () => stopGroup(child) };
  try {
    await waitUntilServing(`${baseUrl}/api/trpc/health.check`, child);
  } catch (error) {
    await app.stop();
    throw new Error(`next start did not come up: ${String(error)}\n${log}`);
  }
  return app;
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms`);
}

async function stopGroup(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  const timer = setTimeout(() => {
    if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
  }, 5_000);
  await exited;
  clearTimeout(timer);
}
