import type { OpenAPIObject } from "trpc-to-openapi";
import { generateOpenApiDocument } from "trpc-to-openapi";

import { sessionCookieName } from "@dishpatch/auth";

import { apiEnv } from "../env";
import { appRouter } from "../root";
import { REST_ENDPOINT } from "./endpoint";

/**
 * The OpenAPI 3.1 document of the procedures exposed over REST (those with `meta.openapi`),
 * served at /api/openapi.json. Signed-in routes take the Auth.js session cookie.
 */
export function createOpenApiDocument(): OpenAPIObject {
  return generateOpenApiDocument(appRouter, {
    title: "Dishpatch REST API",
    description:
      "Plain JSON over HTTP for the public and signed-in parts of the Dishpatch API. Amounts are integers in the currency's minor unit; dates are ISO 8601 strings. The full API (tRPC, with live subscriptions) is documented at /docs/api.",
    version: apiEnv.APP_VERSION,
    baseUrl: REST_ENDPOINT,
    docsUrl: "/docs/api",
    tags: ["health", "restaurants", "cart", "account", "orders"],
    securitySchemes: {
      session: {
        type: "apiKey",
        in: "cookie",
        name: sessionCookieName(true),
        description: `Auth.js session cookie (\`${sessionCookieName(false)}\` over plain http), set by signing in at /api/auth.`,
      },
    },
  });
}
