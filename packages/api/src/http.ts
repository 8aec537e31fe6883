import type { DatabaseHandle } from "@dishpatch/db";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";

import { createContext, createRequestDatabase } from "./context";
import { MAX_BATCH_SIZE } from "./limits";
import type { RateLimiter } from "./ratelimit";
import { logError } from "./log";
import { appRouter } from "./root";

export interface HandleOptions {
  /** Path the router is mounted on, e.g. "/api/trpc". */
  endpoint: string;
  /** Injectable for tests; defaults to a fresh per-request handle from the environment. */
  createDatabase?: () => DatabaseHandle;
  /** Injectable for tests; defaults to the process's limiter (Upstash or memory). */
  limiter?: RateLimiter;
}

/**
 * Serves tRPC over the Fetch API (edge and Node alike). One database handle per request,
 * ended once the (possibly streamed) response body is complete.
 */
export async function handleTrpcRequest(req: Request, opts: HandleOptions): Promise<Response> {
  const requestId = crypto.randomUUID();
  const startedAt = performance.now();
  // tRPC answers only GET (queries) and POST (mutations): say so instead of its 415.
  if (req.method !== "GET" && req.method !== "POST") {
    return refuse(
      "METHOD_NOT_SUPPORTED",
      `Method ${req.method} is not supported: use GET for queries and POST for mutations`,
      requestId,
      { allow: "GET, POST" },
    );
  }
  if (isCrossOrigin(req)) {
    return refuse("FORBIDDEN", "Cross-origin requests are not allowed", requestId);
  }
  const handle = (opts.createDatabase ?? createRequestDatabase)();
  let response: Response;
  try {
    response = await fetchRequestHandler({
      endpoint: opts.endpoint,
      req,
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: ({ req: request, resHeaders }) =>
        createContext({ req: request, resHeaders, handle, requestId, limiter: opts.limiter }),
      onError: ({ error, path, type }) => {
        logError({ requestId, path, type, error, durationMs: performance.now() - startedAt });
      },
    });
  } catch (error) {
    await handle.end();
    throw error;
  }
  return finishResponse(response, handle, requestId, startedAt);
}

function finishResponse(
  response: Response,
  handle: DatabaseHandle,
  requestId: string,
  startedAt: number,
): Response {
  // A fresh Headers object: some runtimes hand back responses with immutable headers.
  const headers = new Headers(response.headers);
  headers.set("x-request-id", requestId);
  // tRPC answers JSON (or an event stream for subscriptions), but builds some early errors
  // (batch too large) from a bare string, which the Response constructor labels text/plain.
  if (!/^(application\/json|text\/event-stream)/.test(headers.get("content-type") ?? "")) {
    headers.set("content-type", "application/json");
  }
  // For streamed batches this reflects the work done before the first byte was sent.
  headers.set(
    "server-timing",
    [
      `db;dur=${handle.stats.durationMs.toFixed(1)};desc="${handle.stats.queries} queries"`,
      `app;dur=${(performance.now() - startedAt).toFixed(1)}`,
    ].join(", "),
  );
  const body = response.body
    ? response.body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          flush: () => handle.end(),
        }),
      )
    : null;
  if (!body) void handle.end();
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * Refusals made before tRPC sees the request, in tRPC's own error shape (and status) so
 * clients handle them like any other error.
 */
function refuse(
  code: "METHOD_NOT_SUPPORTED" | "FORBIDDEN",
  message: string,
  requestId: string,
  headers: Record<string, string> = {},
): Response {
  const httpStatus = getHTTPStatusCodeFromError(new TRPCError({ code }));
  const error = {
    message,
    code: TRPC_ERROR_CODES_BY_KEY[code],
    data: { code, httpStatus, requestId, fieldErrors: null },
  };
  return Response.json(
    { error: { json: error } },
    { status: httpStatus, headers: { ...headers, "x-request-id": requestId } },
  );
}

/**
 * Cookies make every call carry the user's session, so a page on another origin must not be
 * able to make calls (CSRF). Browsers send Origin on cross-origin requests; scripts and
 * servers without one are not a browser acting for a signed-in person.
 */
function isCrossOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return false;
  const host =
    req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? new URL(req.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
