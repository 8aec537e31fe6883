import { handleTrpcRequest } from "@dishpatch/api";

// The product runs its API as Vercel edge functions. packages/api uses Web APIs only, so
// switching to "nodejs" is this one line.
export const runtime = "edge";
export const preferredRegion = "iad1";

function handler(req: Request) {
  return handleTrpcRequest(req, { endpoint: "/api/trpc" });
}

// PUT, PATCH and DELETE reach the handler too, so they get tRPC's JSON 405 (with `Allow`)
// rather than Next's plain-text one.
export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
