import "server-only";

import type { QueryExecuteOptions, QueryKey } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { appRouter, clientIpFrom, createContextInner, defaultRateLimiter } from "@dishpatch/api";
import { readSessionClaims } from "@dishpatch/auth";
import { createDatabase } from "@dishpatch/db";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { after } from "next/server";
import { cache } from "react";

import { makeQueryClient } from "./query-client";

/** One query client per server request, shared by every component that renders in it. */
export const getQueryClient = cache(makeQueryClient);

/**
 * The context for in-process calls while rendering: the visitor's session from their cookie
 * and one database handle per server request, ended once the response has been sent.
 */
const createServerContext = cache(async () => {
  const requestHeaders = await headers();
  const handle = createDatabase();
  after(() => handle.end());
  return createContextInner({
    db: handle.db,
    session: await readSessionClaims(requestHeaders),
    // Page renders count against the visitor's own read limit, not one shared bucket.
    clientIp: clientIpFrom(requestHeaders),
    limiter: defaultRateLimiter(),
  });
});

/**
 * Calls procedures in-process (no HTTP hop) from server components:
 * `void prefetch(trpc.health.check.queryOptions())`.
 */
export const trpc = createTRPCOptionsProxy({
  router: appRouter,
  ctx: createServerContext,
  queryClient: getQueryClient,
});

/** Starts a query on the server; its result (or its pending promise) is sent with the page. */
export function prefetch<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  options: QueryExecuteOptions<TQueryFnData, TError, TData, TQueryFnData, TQueryKey>,
) {
  // A failed prefetch is not fatal here: the client component retries and shows the error.
  void getQueryClient()
    .query(options)
    .catch(() => undefined);
}

/** Hands every query prefetched so far to the client components below. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
