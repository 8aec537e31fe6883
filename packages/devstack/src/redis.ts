import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, constants } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { pathDirectories } from "./env";
import { LOOPBACK, assertPortFree, isEphemeral, pickFreePort, validatePort } from "./ports";
import { onProcessExit, signalProcess, sleep } from "./processes";
import { RespClient } from "./resp";
import { makeTempRoot, removeDirSync } from "./temp";

export interface RedisServerOptions {
  /** 0/undefined: a free port chosen by the system. */
  port?: number;
  log?: (line: string) => void;
}

export interface RedisServer {
  readonly host: "127.0.0.1";
  readonly port: number;
  readonly pid: number;
  /** Stops redis-server (SIGTERM, then SIGKILL) and removes its scratch dir. Idempotent. */
  close(): Promise<void>;
}

const READY_TIMEOUT_MS = 10_000;
const LOG_TAIL_LINES = 20;

/** Absolute path of redis-server on PATH, or null when it is not installed. */
export function findRedisServer(): string | null {
  for (const dir of pathDirectories()) {
    const candidate = path.join(dir, "redis-server");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here; keep looking.
    }
  }
  return null;
}

export const REDIS_MISSING_REASON =
  "redis-server is not installed (not on PATH), so the Upstash endpoint is disabled — install it (e.g. apt install redis-server)";

function waitForChildExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve(false);
    }, timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** One attempt: spawn on `port`, resolve once it answers PING, reject with its log if it dies. */
async function spawnRedis(
  binary: string,
  port: number,
  dir: string,
  log: (line: string) => void,
): Promise<ChildProcess> {
  const logTail: string[] = [];
  const child = spawn(
    binary,
    [
      "--port",
      String(port),
      "--bind",
      LOOPBACK,
      // No persistence: this Redis is a cache/rate-limit store for dev and tests.
      "--save",
      "",
      "--appendonly",
      "no",
      // Anything that still writes a file (e.g. an explicit SAVE) lands in our scratch dir.
      "--dir",
      dir,
      "--daemonize",
      "no",
      "--loglevel",
      "warning",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const onOutput = (chunk: Buffer): void => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (line.trim() === "") continue;
      logTail.push(line);
      if (logTail.length > LOG_TAIL_LINES) logTail.shift();
      log(`[redis] ${line}`);
    }
  };
  child.stdout.on("data", onOutput);
  child.stderr.on("data", onOutput);

  const exited = new Promise<never>((_, reject) => {
    const fail = (reason: string): void => {
      reject(new Error(`redis-server ${reason}\n--- redis log ---\n${logTail.join("\n")}`));
    };
    child.once("error", (error) => {
      fail(`could not start: ${error.message}`);
    });
    child.once("exit", (code, signal) => {
      fail(`exited during startup (code ${code ?? "null"}, signal ${signal ?? "null"})`);
    });
  });
  exited.catch(() => undefined);

  const ready = (async () => {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      const client = new RespClient(port);
      try {
        const reply = await client.send(["PING"]);
        if (reply.kind === "simple") return;
      } catch {
        // Not listening yet.
      } finally {
        client.close();
      }
      if (Date.now() > deadline)
        throw new Error(`redis-server did not answer PING within ${READY_TIMEOUT_MS / 1000} s`);
      await sleep(15);
    }
  })();

  try {
    await Promise.race([ready, exited]);
    return child;
  } catch (error) {
    child.kill("SIGKILL");
    await waitForChildExit(child, 5_000);
    throw error;
  }
}

/** Spawns a throwaway redis-server on 127.0.0.1 (no persistence). */
export async function startRedis(options: RedisServerOptions = {}): Promise<RedisServer> {
  const log = options.log ?? (() => undefined);
  const binary = findRedisServer();
  if (binary === null) throw new Error(REDIS_MISSING_REASON);
  const fixedPort = isEphemeral(options.port) ? null : (options.port ?? null);
  if (fixedPort !== null) {
    validatePort(fixedPort, "redis");
    await assertPortFree(fixedPort, "redis");
  }
  const dir = await makeTempRoot("devstack-redis-");

  let child: ChildProcess | undefined;
  let port = 0;
  try {
    for (let attempt = 1; child === undefined; attempt++) {
      port = fixedPort ?? (await pickFreePort());
      try {
        child = await spawnRedis(binary, port, dir, log);
      } catch (error) {
        // A parallel process may have taken the ephemeral port between our probe and the bind.
        const portRace = /address already in use/i.test(
          error instanceof Error ? error.message : "",
        );
        if (fixedPort !== null || !portRace || attempt >= 3) throw error;
      }
    }
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true });
    throw error;
  }

  const running = child;
  const pid = running.pid ?? -1;
  const unregisterExitGuard = onProcessExit(() => {
    signalProcess(pid, "SIGTERM");
    removeDirSync(dir);
  });
  let closing: Promise<void> | undefined;

  return {
    host: LOOPBACK,
    port,
    pid,
    close: () => {
      closing ??= (async () => {
        running.kill("SIGTERM");
        if (!(await waitForChildExit(running, 5_000))) {
          running.kill("SIGKILL");
          await waitForChildExit(running, 5_000);
        }
        unregisterExitGuard();
        await fs.rm(dir, { recursive: true, force: true });
      })();
      return closing;
    },
  };
}
