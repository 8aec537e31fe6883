import type { MemberRole } from "@dishpatch/db";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import type { OpenApiMeta } from "trpc-to-openapi";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";

import type { Context } from "./context";
import { apiEnv } from "./env";
import { unavailableDatabaseError } from "./database-unavailable";
import { InvalidFields, shapeError } from "./errors";
import { liveStreamOptions } from "./live/stream-options";
import { enforceRateLimit, RetryAfter } from "./ratelimit";
import { nulCharacterFields } from "./text-input-guard";

const isProduction = apiEnv.NODE_ENV === "production";

/** Who may call a procedure. Every procedure declares one (a test enforces it). */
export type AccessRule = "public" | "user" | "admin" | `restaurant:${MemberRole}`;

/** Errors a procedure raises itself (BAD_REQUEST, UNAUTHORIZED, ... follow from its access rule). */
export type DomainErrorCode = Extract<TRPC_ERROR_CODE_KEY, "NOT_FOUND" | "CONFLICT">;

/**
 * Every procedure declares its access rule, a one-line summary and its domain errors (tests
 * enforce it; the API reference at /docs/api is generated from them). `openapi` (from
 * trpc-to-openapi) exposes a procedure over REST under /api/v1.
 */
export type ProcedureMeta = OpenApiMeta<{
  access?: AccessRule;
  summary?: string;
  errors?: DomainErrorCode[];
}>;

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    isDev: !isProduction,
    errorFormatter: ({ shape, error, ctx }) =>
      shapeError({ shape, error, requestId: ctx?.requestId ?? null, isProduction }),
    sse: liveStreamOptions,
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/**
 * Default limits for everything: reads per client address, writes per signed-in user (or
 * per address when anonymous). Stricter policies (sign-up, password) add their own.
 */
const defaultRateLimit = t.middleware(async ({ ctx, type, next }) => {
  const isWrite = type === "mutation";
  await enforceRateLimit({
    limiter: ctx.limiter,
    policy: isWrite ? "writePerActor" : "readPerIp",
    key: isWrite && ctx.session ? `user:${ctx.session.userId}` : `ip:${ctx.clientIp}`,
    resHeaders: ctx.resHeaders,
  });
  return next();
});

/** Responses that depend on who asks must never be stored by a shared cache. */
const noStoreWhenSignedIn = t.middleware(({ ctx, next }) => {
  if (ctx.session) ctx.resHeaders.set("cache-control", "private, no-store");
  return next();
});

/** Text the database cannot store (U+0000) is bad input, named by field, never a 500. */
const refuseNulCharacters = t.middleware(async ({ getRawInput, next }) => {
  const fields = nulCharacterFields(await getRawInput());
  if (fields) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `Invalid input: check ${Object.keys(fields).join(", ")}`,
      cause: new InvalidFields(fields),
    });
  }
  return next();
});

/** A database that is down or stalled is a retryable 503, never a 500 quoting SQL. */
const mapUnavailableDatabase = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (result.ok) return result;
  const unavailable = unavailableDatabaseError(result.error);
  if (!unavailable) return result;
  if (unavailable.cause instanceof RetryAfter) {
    ctx.resHeaders.set("retry-after", String(unavailable.cause.seconds));
  }
  throw unavailable;
});

const baseProcedure = t.procedure
  .use(mapUnavailableDatabase)
  .use(defaultRateLimit)
  .use(refuseNulCharacters)
  .use(noStoreWhenSignedIn);

/** Anyone may call it, signed in or not. */
export const publicProcedure = baseProcedure.meta({ access: "public" });

/**
 * Signed in, account active, session not ended (its version matches the user's). The user
 * is read once per request and handed on as `ctx.viewer`.
 */
const requireViewer = t.middleware(async ({ ctx, next }) => {
  const resolved = await ctx.resolveViewer();
  if (resolved.ok) return next({ ctx: { viewer: resolved.viewer, session: resolved.session } });
  switch (resolved.reason) {
    case "signed-out":
      throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
    case "ended":
      throw new TRPCError({
        code: "UNAUTHORIZED",
        message: "Your session has ended. Please sign in again.",
      });
    case "suspended":
      throw new TRPCError({ code: "FORBIDDEN", message: "This account is suspended." });
  }
});

export const protectedProcedure = baseProcedure.meta({ access: "user" }).use(requireViewer);

export const adminProcedure = baseProcedure
  .meta({ access: "admin" })
  .use(requireViewer)
  .use(({ ctx, next }) => {
    if (ctx.viewer.role !== "admin") {
      throw new TRPCError({ code: "FORBIDDEN", message: "Only administrators may do this." });
    }
    return next();
  });

const roleRank: Record<MemberRole, number> = { staff: 1, owner: 2 };

/**
 * For procedures about one restaurant: the input carries `restaurantId`, and the caller
 * must be a member of that restaurant with at least `minRole`. The membership is handed on
 * as `ctx.membership`.
 */
export function restaurantProcedure(minRole: MemberRole) {
  return baseProcedure
    .meta({ access: `restaurant:${minRole}` })
    .input(z.object({ restaurantId: z.string().min(1).max(64) }))
    .use(requireViewer)
    .use(({ ctx, input, next }) => {
      const membership = ctx.viewer.memberships.find((m) => m.restaurantId === input.restaurantId);
      if (!membership) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "You are not a member of this restaurant.",
        });
      }
      if (roleRank[membership.role] < roleRank[minRole]) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: `Only a restaurant ${minRole} may do this.`,
        });
      }
      return next({ ctx: { membership } });
    });
}
