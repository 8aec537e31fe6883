import { handleTrpcRequest } from "@dishpatch/api";

// The product runs its API as Vercel edge functions. packages/api uses Web APIs only, so
// switching to "nodejs" is this one line.
export const runtime = "edge";

function handler(req: Request) {
  return handleTrpcRequest(req, { endpoint: "/api/trpc" });
}

export { handler as GET, handler as POST };
