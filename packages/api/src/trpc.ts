import { initTRPC } from "@trpc/server";
import superjson from "superjson";

import type { Context } from "./context";
import { apiEnv } from "./env";
import { shapeError } from "./errors";

const isProduction = apiEnv.NODE_ENV === "production";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  isDev: !isProduction,
  errorFormatter: ({ shape, error, ctx }) =>
    shapeError({ shape, error, requestId: ctx?.requestId ?? null, isProduction }),
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Anyone may call it, signed in or not. */
export const publicProcedure = t.procedure;
