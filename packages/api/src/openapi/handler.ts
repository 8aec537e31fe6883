import { createOpenApiFetchHandler } from "trpc-to-openapi";

import type { HandleOptions } from "../http";
import { createContext } from "../context";
import { isCrossOrigin } from "../cross-origin";
import { logError } from "../log";
import { withRequestScope } from "../request-lifecycle";
import { appRouter } from "../root";
import { REST_ENDPOINT } from "./document";
import { clarifyValidationError } from "./validation-message";

/**
 * Serves the REST endpoints of the OpenAPI document (/api/v1/*) with the same context as
 * tRPC: session cookie, rate limits, a per-request database handle ended after the response,
 * request id and Server-Timing. Answers plain JSON (no superjson): dates are ISO strings.
 */
export async function handleRestRequest(
  req: Request,
  opts: Omit<HandleOptions, "endpoint"> = {},
): Promise<Response> {
  const requestId = crypto.randomUUID();
  const startedAt = performance.now();
  if (isCrossOrigin(req)) {
    return Response.json(
      { message: "Cross-origin requests are not allowed", code: "FORBIDDEN" },
      { status: 403, headers: { "x-request-id": requestId } },
    );
  }
  return withRequestScope({ requestId, startedAt }, opts.createDatabase, ({ handle }) => {
    // Procedures set Retry-After, Cache-Control and the like here; copied onto the answer.
    const resHeaders = new Headers();
    const response = createOpenApiFetchHandler({
      endpoint: REST_ENDPOINT,
      req,
      router: appRouter,
      createContext: ({ req: request }) =>
        createContext({ req: request, resHeaders, handle, requestId, limiter: opts.limiter }),
      responseMeta: () => ({ headers: Object.fromEntries(resHeaders) }),
      onError: ({ error, path, type }) => {
        logError({ requestId, path, type, error, durationMs: performance.now() - startedAt });
      },
    });
    return response.then(clarifyValidationError);
  });
}
