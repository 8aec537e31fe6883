import http from "node:http";
import net from "node:net";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import { DelayQueue } from "./delay-queue";
import { closeServer, listenOnLoopback } from "./listen";
import { LOOPBACK, validatePort } from "./ports";
import { parseRelayTarget, type RelayTarget } from "./relay-target";

export interface RelayOptions {
  /** 0/undefined: a free port chosen by the system. */
  port?: number;
  /** Initial injected latency per direction, in ms. */
  latencyMs?: number;
  log?: (line: string) => void;
}

export interface Relay {
  readonly port: number;
  /** Value for DATABASE_WS_PROXY / neonConfig.wsProxy, e.g. "127.0.0.1:54330/v1". */
  readonly wsProxy: string;
  /** Delay every chunk by this many ms in each direction (a query round trip gains 2×). */
  setLatency(msPerDirection: number): void;
  latency(): number;
  /** Request/response exchanges seen since the last reset, summed over all connections. */
  roundTrips(): number;
  resetRoundTrips(): void;
  openConnections(): number;
  close(): Promise<void>;
}

/** WebSocket close codes: 1008 policy violation (refused target), 1011 upstream failure. */
const CLOSE_REFUSED = 1008;
const CLOSE_UPSTREAM_ERROR = 1011;

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

/** Close reasons are limited to 123 bytes. */
function closeReason(text: string): string {
  const reason = `devstack relay: ${text}`;
  return Buffer.byteLength(reason) <= 123 ? reason : reason.slice(0, 100);
}

/**
 * A local stand-in for Neon's wsproxy: each WebSocket at /v1?address=host:port becomes a TCP
 * connection to that (loopback) address, with binary messages piped both ways. This lets the
 * production driver (@neondatabase/serverless over WebSockets) talk to a local postgres.
 */
export async function startRelay(options: RelayOptions = {}): Promise<Relay> {
  const log = options.log ?? (() => undefined);
  const port = options.port ?? 0;
  validatePort(port, "relay");
  let latencyMs = Math.max(0, options.latencyMs ?? 0);
  let roundTrips = 0;
  const sessions = new Set<() => void>();

  const server = http.createServer((_request, response) => {
    response.writeHead(426, { "content-type": "text/plain" });
    response.end("devstack relay: connect with a WebSocket to /v1?address=<host>:<port>\n");
  });
  server.on("clientError", (_error, socket) => socket.destroy());
  const wss = new WebSocketServer({ server, perMessageDeflate: false });
  wss.on("error", (error) => {
    log(`[relay] server error: ${error.message}`);
  });

  const pipe = (ws: WebSocket, target: RelayTarget): void => {
    const tcp = net.connect({ host: target.host, port: target.port });
    tcp.setNoDelay(true);
    // Round trips, from the client's point of view: a client send counts when it is the first
    // one, or when the client has received server data since its previous send.
    let countNextSend = true;

    const toServer = new DelayQueue<Buffer>(
      (chunk) => {
        if (!tcp.destroyed) tcp.write(chunk);
      },
      () => latencyMs,
    );
    const toClient = new DelayQueue<Buffer>(
      (chunk) => {
        countNextSend = true;
        if (ws.readyState === ws.OPEN) ws.send(chunk, { binary: true });
      },
      () => latencyMs,
    );

    let done = false;
    const teardown = (): void => {
      if (done) return;
      done = true;
      sessions.delete(teardown);
      toServer.discard();
      toClient.discard();
      tcp.destroy();
      if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.terminate();
    };
    sessions.add(teardown);

    ws.on("message", (data) => {
      if (countNextSend) {
        roundTrips++;
        countNextSend = false;
      }
      toServer.push(toBuffer(data));
    });
    // Client went away: deliver what it already sent (e.g. a Terminate message), then hang up.
    ws.on("close", () => {
      toClient.discard();
      toServer.end(() => tcp.end());
    });
    ws.on("error", (error) => {
      log(`[relay] websocket error: ${error.message}`);
      teardown();
    });

    tcp.on("data", (chunk) => {
      toClient.push(chunk);
    });
    tcp.on("error", (error) => {
      log(`[relay] ${target.host}:${target.port}: ${error.message}`);
      toClient.discard();
      if (ws.readyState === ws.OPEN) ws.close(CLOSE_UPSTREAM_ERROR, closeReason(error.message));
    });
    // Server hung up: deliver what it already sent (e.g. an error message), then close.
    tcp.on("close", () => {
      toClient.end(() => {
        if (ws.readyState === ws.OPEN) ws.close();
      });
    });
    ws.once("close", () => {
      tcp.once("close", teardown);
      if (tcp.destroyed) teardown();
    });
  };

  let open = 0;
  wss.on("connection", (ws, request) => {
    const target = parseRelayTarget(request.url);
    if ("error" in target) {
      log(`[relay] ${target.error}`);
      ws.on("error", () => undefined);
      ws.close(CLOSE_REFUSED, closeReason(target.error));
      return;
    }
    open++;
    ws.once("close", () => {
      open--;
    });
    pipe(ws, target);
  });

  const boundPort = await listenOnLoopback(server, port, "relay");
  let closing: Promise<void> | undefined;

  return {
    port: boundPort,
    wsProxy: `${LOOPBACK}:${boundPort}/v1`,
    setLatency: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`latency must be ≥ 0 ms, got ${ms}`);
      latencyMs = ms;
    },
    latency: () => latencyMs,
    roundTrips: () => roundTrips,
    resetRoundTrips: () => {
      roundTrips = 0;
    },
    openConnections: () => open,
    close: () => {
      closing ??= (async () => {
        for (const teardown of [...sessions]) teardown();
        for (const client of wss.clients) client.terminate();
        await new Promise<void>((resolve) => {
          wss.close(() => {
            resolve();
          });
        });
        await closeServer(server);
      })();
      return closing;
    },
  };
}
