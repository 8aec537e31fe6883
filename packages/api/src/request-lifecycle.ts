import type { DatabaseHandle } from "@dishpatch/db";

import { createRequestDatabase } from "./context";

/** What every HTTP entry point (tRPC, REST) hands to the code that answers the request. */
export interface RequestScope {
  handle: DatabaseHandle;
  requestId: string;
  startedAt: number;
}

/**
 * One request's life, shared by the tRPC and REST handlers: a request id, a database handle
 * of its own (edge functions cannot keep a pool between requests) that is ended once the
 * (possibly streamed) response body is complete, and the x-request-id and Server-Timing
 * headers on the answer.
 */
export async function withRequestScope(
  scope: { requestId: string; startedAt: number },
  createDatabase: (() => DatabaseHandle) | undefined,
  answer: (scope: RequestScope) => Promise<Response>,
): Promise<Response> {
  const handle = (createDatabase ?? createRequestDatabase)();
  let response: Response;
  try {
    response = await answer({ handle, ...scope });
  } catch (error) {
    await handle.end();
    throw error;
  }
  return finishResponse(response, handle, scope.requestId, scope.startedAt);
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
