import "server-only";

import { getQueryClient, trpc } from "~/trpc/server";

/**
 * The signed-in person, or null. Read through the request's query client, so the header and
 * the page share one `auth.me` call, and `HydrateClient` hands the result to client components.
 */
export function getViewer() {
  return getQueryClient().query(trpc.auth.me.queryOptions());
}
