import {
  callTRPCProcedure,
  getTRPCErrorFromUnknown,
  getTRPCErrorShape,
  TRPCError,
} from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { z } from "zod";

import type { Context } from "../context";
import type { HandleOptions } from "../http";
import type { RestRoute } from "./rest-routes";
import { createContext } from "../context";
import { isCrossOrigin } from "../cross-origin";
import { logError } from "../log";
import { withRequestScope } from "../request-lifecycle";
import { appRouter } from "../root";
import { REST_ENDPOINT } from "./endpoint";
import { inputFromQuery, matchRestRoute, restRoutes } from "./rest-routes";
import { validationMessage } from "./validation-message";

const routes = restRoutes(appRouter);

/**
 * Serves the REST endpoints of the OpenAPI document (/api/v1/*): the routes come from the same
 * `meta.openapi` the document is generated from, and each calls its tRPC procedure with the
 * same context as /api/trpc (session cookie, rate limits, a per-request database handle ended
 * after the response, request id, Server-Timing). Answers plain JSON (no superjson): dates are
 * ISO strings. Written on Web APIs only, so the route runs on the edge: trpc-to-openapi builds
 * the document, but its request adapter loads Node modules.
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
  return withRequestScope({ requestId, startedAt }, opts.createDatabase, async ({ handle }) => {
    // Procedures set Retry-After, Cache-Control and the like here; copied onto the answer.
    const resHeaders = new Headers();
    let route: RestRoute | undefined;
    let ctx: Context | undefined;
    try {
      const url = new URL(req.url);
      const pathname = url.pathname.slice(REST_ENDPOINT.length) || "/";
      const match = matchRestRoute(routes, req.method, pathname);
      if (!match) {
        throw new TRPCError({
          code: "NOT_FOUND",
          message: `No endpoint answers ${req.method} ${REST_ENDPOINT}${pathname} (see /api/openapi.json)`,
        });
      }
      route = match.route;
      const input = await readInput(req, url, match.route, match.pathParams);
      ctx = await createContext({ req, resHeaders, handle, requestId, limiter: opts.limiter });
      const data: unknown = await callTRPCProcedure({
        router: appRouter,
        path: route.procedurePath,
        type: route.type,
        ctx,
        getRawInput: () => Promise.resolve(input),
        signal: req.signal,
        batchIndex: 0,
      });
      return json(200, data, resHeaders);
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      logError({
        requestId,
        path: route?.procedurePath,
        type: route?.type ?? "unknown",
        error,
        durationMs: performance.now() - startedAt,
      });
      return json(getHTTPStatusCodeFromError(error), errorBody(error, route, ctx), resHeaders);
    }
  });
}

/** Path parameters win over the query or body, as the document describes them. */
async function readInput(
  req: Request,
  url: URL,
  route: RestRoute,
  pathParams: Record<string, string>,
): Promise<unknown> {
  if (route.method === "GET" || route.method === "DELETE") {
    const fromQuery = inputFromQuery(route.input, url.searchParams);
    const input = { ...fromQuery, ...pathParams };
    // A procedure without input (health, me) is called with none.
    return Object.keys(input).length === 0 && !route.input ? undefined : input;
  }
  const type = req.headers.get("content-type") ?? "";
  const text = await req.text();
  if (text === "" && Object.keys(pathParams).length === 0) return undefined;
  if (text !== "" && !type.startsWith("application/json")) {
    throw new TRPCError({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: "Send the body as JSON (content-type: application/json)",
    });
  }
  let body: unknown;
  try {
    body = text === "" ? {} : JSON.parse(text);
  } catch {
    throw new TRPCError({ code: "BAD_REQUEST", message: "The body is not valid JSON" });
  }
  return typeof body === "object" && body !== null && !Array.isArray(body)
    ? { ...body, ...pathParams }
    : body;
}

/** tRPC's error shape (our formatter: field errors, request id), plus zod's issues for 400s. */
function errorBody(error: TRPCError, route: RestRoute | undefined, ctx: Context | undefined) {
  const shape = getTRPCErrorShape({
    config: appRouter._def._config,
    error,
    type: route?.type ?? "unknown",
    path: route?.procedurePath,
    input: undefined,
    ctx,
  });
  const issues = error.cause instanceof z.ZodError ? error.cause.issues : undefined;
  return {
    ...shape,
    message: issues ? validationMessage(issues) : shape.message,
    code: error.code,
    issues,
  };
}

function json(status: number, body: unknown, resHeaders: Headers): Response {
  const headers = new Headers(resHeaders);
  headers.set("content-type", "application/json");
  // `undefined` (a procedure answering nothing) is not JSON; null is.
  return new Response(JSON.stringify(body ?? null), { status, headers });
}
