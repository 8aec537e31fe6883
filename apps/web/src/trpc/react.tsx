"use client";

import type { QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { MAX_BATCH_SIZE } from "@dishpatch/api/limits";
import { QueryClientProvider } from "@tanstack/react-query";
import {
  createTRPCClient,
  httpBatchLink,
  httpBatchStreamLink,
  httpSubscriptionLink,
  loggerLink,
  splitLink,
} from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState } from "react";
import superjson from "superjson";

import type { AppRouter } from "@dishpatch/api";
import { isDevelopment } from "~/env";
import { makeQueryClient } from "./query-client";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;

function getQueryClient() {
  // On the server every render gets its own client; in the browser one lives for the tab.
  if (typeof window === "undefined") return makeQueryClient();
  return (browserQueryClient ??= makeQueryClient());
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        loggerLink({
          enabled: (op) => isDevelopment || (op.direction === "down" && op.result instanceof Error),
        }),
        // Subscriptions are server-sent events (the browser's EventSource sends the session
        // cookie and reconnects with the last event id). Queries stream (each result as soon
        // as it is ready). Mutations wait for the whole response: their headers (session
        // cookies, Retry-After) come after the work is done.
        splitLink({
          condition: (op) => op.type === "subscription",
          true: httpSubscriptionLink({ transformer: superjson, url: "/api/trpc" }),
          false: splitLink({
            condition: (op) => op.type === "mutation",
            true: httpBatchLink({
              transformer: superjson,
              url: "/api/trpc",
              maxItems: MAX_BATCH_SIZE,
            }),
            false: httpBatchStreamLink({
              transformer: superjson,
              url: "/api/trpc",
              maxItems: MAX_BATCH_SIZE,
            }),
          }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
