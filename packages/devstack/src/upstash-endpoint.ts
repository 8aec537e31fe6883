import http from "node:http";
import { timingSafeEqual } from "node:crypto";
import { closeServer, listenOnLoopback } from "./listen";
import { ScriptRegistry } from "./lua-scripts";
import { LOOPBACK, validatePort } from "./ports";
import { RespClient, type RespValue } from "./resp";
import {
  emptyScriptStats,
  prepareCommand,
  type PreparedCommand,
  type ScriptStats,
} from "./upstash-commands";
import { parseCommand, replyToEntry, type Json } from "./upstash-json";

/** Local-only credential: the endpoint listens on loopback and fronts a throwaway Redis. */
export const DEV_UPSTASH_TOKEN = "devstack-local-token";

export interface UpstashEndpointOptions {
  /** Port of the redis-server to front (on 127.0.0.1). */
  redisPort: number;
  /** 0/undefined: a free port the system picks. */
  port?: number;
  token?: string;
  log?: (line: string) => void;
}

export interface UpstashEndpoint {
  /** Value for UPSTASH_REDIS_REST_URL. */
  readonly url: string;
  readonly token: string;
  readonly port: number;
  scriptStats(): ScriptStats;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, "ERR request body too large"));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => {
      resolve(Buffer.concat(chunks).toString("utf8"));
    });
    request.on("error", reject);
  });
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new HttpError(400, "ERR failed to parse JSON request body");
  }
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(response: http.ServerResponse, status: number, body: Json): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

/**
 * An HTTP server speaking the subset of Upstash's Redis REST API that @upstash/redis and
 * @upstash/ratelimit use, in front of a local redis-server:
 *   POST /            ["SET","k","v"]          → {"result": …} | 400 {"error": …}
 *   POST /pipeline    [["SET","k","v"], …]     → [{"result": …} | {"error": …}, …]
 *   POST /multi-exec  same, run inside MULTI/EXEC
 */
export async function startUpstashEndpoint(
  options: UpstashEndpointOptions,
): Promise<UpstashEndpoint> {
  const log = options.log ?? (() => undefined);
  const token = options.token ?? DEV_UPSTASH_TOKEN;
  const port = options.port ?? 0;
  validatePort(port, "upstash");
  const redis = new RespClient(options.redisPort);
  const scripts = new ScriptRegistry();
  const stats = emptyScriptStats();

  const prepare = (value: unknown): PreparedCommand => {
    const args = parseCommand(value);
    if (args === null) return { error: "ERR a command must be a non-empty JSON array" };
    return prepareCommand(args, scripts, stats);
  };

  const run = async (commands: PreparedCommand[]): Promise<RespValue[]> => {
    const toSend = commands.flatMap((command) => ("args" in command ? [command.args] : []));
    const replies = toSend.length === 0 ? [] : await redis.sendMany(toSend);
    let next = 0;
    return commands.map((command): RespValue => {
      if ("error" in command) return { kind: "error", message: command.error };
      const reply = replies[next++] ?? { kind: "error", message: "ERR no reply" };
      return command.mapReply === undefined ? reply : command.mapReply(reply);
    });
  };

  const runTransaction = async (commands: PreparedCommand[]): Promise<RespValue[]> => {
    const refused = commands.find((command) => "error" in command);
    if (refused !== undefined && "error" in refused) throw new HttpError(400, refused.error);
    const bodies = commands.flatMap((command) => ("args" in command ? [command.args] : []));
    const replies = await redis.sendMany([["MULTI"], ...bodies, ["EXEC"]]);
    const exec = replies[replies.length - 1];
    if (exec?.kind === "error") {
      // EXECABORT: a command was rejected while queueing; report the first reason too.
      const queued = replies.slice(1, -1).find((reply) => reply.kind === "error");
      const detail = queued?.kind === "error" ? ` (${queued.message})` : "";
      throw new HttpError(400, `${exec.message}${detail}`);
    }
    if (exec?.kind !== "array" || exec.items === null)
      throw new HttpError(400, "ERR transaction aborted");
    return exec.items.map((reply, i) => {
      const command = commands[i];
      return command !== undefined && "args" in command && command.mapReply !== undefined
        ? command.mapReply(reply)
        : reply;
    });
  };

  const handle = async (
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ): Promise<void> => {
    const authorization = request.headers.authorization ?? "";
    const given = authorization.startsWith("Bearer ")
      ? authorization.slice("Bearer ".length).trim()
      : "";
    if (!sameToken(given, token)) {
      sendJson(response, 401, { error: "Unauthorized: invalid or missing token" });
      request.resume();
      return;
    }
    if (request.method !== "POST") throw new HttpError(405, "ERR only POST is supported");
    const base64 = String(request.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
    const path = new URL(request.url ?? "/", "http://upstash.invalid").pathname.replace(/\/+$/, "");
    const body = parseJson(await readBody(request));

    switch (path) {
      case "": {
        const [reply] = await run([prepare(body)]);
        const entry = replyToEntry(reply ?? { kind: "error", message: "ERR no reply" }, base64);
        sendJson(response, "error" in entry ? 400 : 200, entry);
        return;
      }
      case "/pipeline":
      case "/multi-exec": {
        if (!Array.isArray(body) || body.length === 0) {
          throw new HttpError(400, "ERR expected a non-empty JSON array of commands");
        }
        const commands = (body as unknown[]).map(prepare);
        const replies = path === "/pipeline" ? await run(commands) : await runTransaction(commands);
        sendJson(
          response,
          200,
          replies.map((reply) => replyToEntry(reply, base64)),
        );
        return;
      }
      default:
        throw new HttpError(404, `ERR unknown endpoint ${path}`);
    }
  };

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500) log(`[upstash] ${message}`);
      if (!response.headersSent) {
        sendJson(response, status, {
          error: status === 500 ? `ERR devstack: ${message}` : message,
        });
      } else {
        response.destroy();
      }
    });
  });
  server.on("clientError", (_error, socket) => socket.destroy());

  let boundPort: number;
  try {
    boundPort = await listenOnLoopback(server, port, "upstash");
  } catch (error) {
    redis.close();
    throw error;
  }
  let closing: Promise<void> | undefined;

  return {
    url: `http://${LOOPBACK}:${boundPort}`,
    token,
    port: boundPort,
    scriptStats: () => ({ ...stats }),
    close: () => {
      closing ??= closeServer(server).finally(() => {
        redis.close();
      });
      return closing;
    },
  };
}
