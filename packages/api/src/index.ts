import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "./root";

export { appRouter, createCaller } from "./root";
export type { AppRouter } from "./root";
export { createContextInner } from "./context";
export type { Context, InnerContextOptions } from "./context";
export { handleTrpcRequest } from "./http";
export { cronJobs, handleCronRequest } from "./jobs";
export type { CronJobName } from "./jobs";
export { guardSignIn } from "./sign-in-guard";
export { clientIpFrom } from "./client-ip";
export {
  createMemoryLimiter,
  createUpstashLimiter,
  defaultRateLimiter,
  rateLimitPolicies,
} from "./ratelimit";
export type { RateLimiter, RateLimitPolicyName } from "./ratelimit";
export type { AccessRule, ProcedureMeta } from "./trpc";
export { MAX_BATCH_SIZE } from "./limits";
export type { FieldErrors } from "./errors";

/** Input types of every procedure, e.g. `RouterInputs["health"]["check"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Output types of every procedure, as the client receives them (superjson keeps Dates). */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
