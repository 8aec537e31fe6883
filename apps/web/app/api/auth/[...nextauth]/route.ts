// The guard's own entry point: importing the package root would bundle the whole API router
// into the Auth.js function.
import { guardSignIn } from "@dishpatch/api/sign-in-guard";
import { createAuthRouteHandler } from "@dishpatch/auth/next";

// Auth.js on the edge, like the API. Credentials sign-ins pass the rate limiter first.
export const runtime = "edge";
export const preferredRegion = "iad1";

const handler = createAuthRouteHandler({ guardSignIn: (req, email) => guardSignIn(req, email) });

export { handler as GET, handler as POST };
