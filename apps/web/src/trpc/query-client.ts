import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";
import superjson from "superjson";

/** One factory for the server (per request) and the browser (once), so both agree. */
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Data prefetched on the server is fresh on arrival: don't refetch it at once.
        staleTime: 30_000,
      },
      dehydrate: {
        serializeData: superjson.serialize,
        // Also send queries still pending, so the server need not wait for every prefetch.
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === "pending",
        // Never ship server error details to the browser; the client retries instead.
        shouldRedactErrors: () => true,
      },
      hydrate: {
        deserializeData: superjson.deserialize,
      },
    },
  });
}
