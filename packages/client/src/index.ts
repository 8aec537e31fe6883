/**
 * A typed client for Dishpatch's tRPC API, for scripts, tests and other TypeScript apps.
 *
 * Only the router's *types* come from `@dishpatch/api` (plus one constant from its
 * dependency-free `limits` module), so bundling this never pulls in server code.
 */
import type { AppRouter } from "@dishpatch/api";
import { MAX_BATCH_SIZE } from "@dishpatch/api/limits";
import {
  createTRPCClient,
  httpBatchLink,
  httpBatchStreamLink,
  httpSubscriptionLink,
  splitLink,
} from "@trpc/client";
import { EventSource } from "eventsource";
import superjson from "superjson";

import { trpcUrl } from "./url";

export type { AppRouter, RouterInputs, RouterOutputs } from "@dishpatch/api";
export { isTRPCClientError, TRPCClientError } from "@trpc/client";
export { trpcUrl } from "./url";
export { withCookies } from "./cookies";
export type { CookieJar } from "./cookies";

/** Plain header values, e.g. `{ cookie: "…" }`. */
export type DishpatchHeaders = Record<string, string>;

export interface DishpatchClientOptions {
  /** The site's origin (`http://localhost:3000`) or the full tRPC URL (`…/api/trpc`). */
  url: string | URL;
  /** Sent with every query and mutation; a function is called (and awaited) per request. */
  headers?: DishpatchHeaders | (() => DishpatchHeaders | Promise<DishpatchHeaders>);
  /** Replaces the global `fetch`, e.g. `withCookies().fetch` or an in-process handler in tests. */
  fetch?: typeof globalThis.fetch;
}

/** A vanilla tRPC client: `await client.restaurant.list.query({ limit: 5 })`. */
export type DishpatchClient = ReturnType<typeof createTRPCClient<AppRouter>>;

/**
 * Links as in the web app: queries stream (each result as soon as it is ready); mutations wait
 * for the whole response, whose headers (Set-Cookie, Retry-After) come after the work is done;
 * subscriptions (`order.onUpdate`, `merchant.onNewOrder`) use server-sent events.
 */
export function createDishpatchClient(options: DishpatchClientOptions): DishpatchClient {
  const url = trpcUrl(options.url);
  const { headers, fetch } = options;
  const resolveHeaders = async () => (typeof headers === "function" ? await headers() : headers);
  const shared = {
    url,
    transformer: superjson,
    maxItems: MAX_BATCH_SIZE,
    headers: typeof headers === "function" ? () => headers() : headers,
    fetch,
  };
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === "subscription",
        // Node 20 has no EventSource and the browser's sends no custom headers; this one
        // fetches through the same `fetch` and headers as every other call (cookies included).
        true: httpSubscriptionLink({
          url,
          transformer: superjson,
          EventSource,
          eventSourceOptions: () => ({
            fetch: async (input, init) => {
              const merged = new Headers(init.headers);
              for (const [name, value] of Object.entries((await resolveHeaders()) ?? {})) {
                merged.set(name, value);
              }
              return (fetch ?? globalThis.fetch)(input, { ...init, headers: merged });
            },
          }),
        }),
        false: splitLink({
          condition: (op) => op.type === "mutation",
          true: httpBatchLink(shared),
          false: httpBatchStreamLink(shared),
        }),
      }),
    ],
  });
}
