import type { DatabaseHandle } from "@dishpatch/db";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";

import { createContext } from "./context";
import { isCrossOrigin } from "./cross-origin";
import { MAX_BATCH_SIZE } from "./limits";
import type { RateLimiter } from "./ratelimit";
import { logError } from "./log";
import { withRequestScope } from "./request-lifecycle";
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
 * ended once the (possibly streamed) response body is complete (request-lifecycle.ts).
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
  return withRequestScope({ requestId, startedAt }, opts.createDatabase, ({ handle }) =>
    fetchRequestHandler({
      endpoint: opts.endpoint,
      req,
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: ({ req: request, resHeaders }) =>
        createContext({ req: request, resHeaders, handle, requestId, limiter: opts.limiter }),
      onError: ({ error, path, type }) => {
        logError({ requestId, path, type, error, durationMs: performance.now() - startedAt });
      },
    }),
  );
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
