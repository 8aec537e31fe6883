import { handleRestRequest } from "@dishpatch/api";

// REST (OpenAPI) endpoints run where tRPC runs: the edge, next to the database.
export const runtime = "edge";
export const preferredRegion = "iad1";

function handler(req: Request) {
  return handleRestRequest(req);
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
