import { handleRestRequest } from "@dishpatch/api/openapi";

// UNFINISHED: meant to run on the edge like /api/trpc, but trpc-to-openapi 3.3's only entry
// point also loads its Node adapters (node-http, co-body, h3), which the edge build refuses
// ("Native module not found: node:http"). On Node until the fetch adapter can be imported
// on its own. The handler itself uses Web APIs only.
export const runtime = "nodejs";
export const preferredRegion = "iad1";

function handler(req: Request) {
  return handleRestRequest(req);
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
