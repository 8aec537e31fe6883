import { handleRestRequest } from "@dishpatch/api/rest";

import { withoutAppendedRouteParams } from "~/lib/route-params-url";

// The REST endpoints run on the edge like /api/trpc: the same request lifecycle and the same
// procedures (packages/api/src/openapi/handler.ts, Web APIs only).
export const runtime = "edge";
export const preferredRegion = "iad1";

interface RouteContext {
  params: Promise<{ path: string[] }>;
}

async function handler(req: Request, { params }: RouteContext) {
  const url = withoutAppendedRouteParams(req.url, "path", (await params).path);
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const request =
    url === req.url
      ? req
      : new Request(url, {
          method: req.method,
          headers: req.headers,
          body: hasBody ? await req.arrayBuffer() : undefined,
          signal: req.signal,
        });
  return handleRestRequest(request);
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
