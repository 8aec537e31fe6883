/**
 * Child process of the bench (so the load generator does not share its event loop): serves, on
 * Node and outside Next.js, with the same environment as the built app,
 *   /api/trpc/*          the production tRPC handler (what the edge route runs), Upstash limiter
 *   /memory/api/trpc/*   the same with an in-process limiter: tRPC's own cost, no limiter hop
 *   /bare/restaurants    a bare handler: the same database query as restaurant.list, plain JSON
 * Prints "listening <port>" when ready.
 */
import { createMemoryLimiter, handleTrpcRequest } from "@dishpatch/api";
import { createDatabase, listRestaurants } from "@dishpatch/db";
import { installNodeWebSocket } from "@dishpatch/db/node";

import { serveFetch } from "./fetch-server";

installNodeWebSocket();
const memoryLimiter = createMemoryLimiter();

/** Like the tRPC path: a database handle per request, ended after the response. */
async function bareRestaurantList(): Promise<Response> {
  const handle = createDatabase();
  try {
    const rows = await listRestaurants(handle.db, { limit: 21 });
    return Response.json({ items: rows.slice(0, 20), nextCursor: null });
  } finally {
    await handle.end();
  }
}

const port = await serveFetch((req) => {
  const { pathname } = new URL(req.url);
  if (pathname === "/bare/restaurants") return bareRestaurantList();
  if (pathname.startsWith("/memory/api/trpc/")) {
    return handleTrpcRequest(req, { endpoint: "/memory/api/trpc", limiter: memoryLimiter });
  }
  return handleTrpcRequest(req, { endpoint: "/api/trpc" });
});
console.log(`listening ${port}`);
