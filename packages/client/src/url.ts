const TRPC_PATH = "/api/trpc";

/**
 * The tRPC endpoint for a site origin or an endpoint URL: `http://localhost:3000`,
 * `http://localhost:3000/` and `http://localhost:3000/api/trpc/` all give
 * `http://localhost:3000/api/trpc`. A path other than `/api/trpc` is kept as a prefix.
 */
export function trpcUrl(input: string | URL): string {
  const url = new URL(input);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`Dishpatch URL must be http(s), got ${url.protocol}`);
  }
  if (url.search || url.hash) {
    throw new Error("Dishpatch URL must not have a query string or fragment");
  }
  const path = url.pathname.replace(/\/+$/, "");
  url.pathname = path.endsWith(TRPC_PATH) ? path : `${path}${TRPC_PATH}`;
  return url.toString();
}
