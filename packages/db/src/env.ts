import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** Where `pnpm dev` (packages/devstack) serves Postgres and its WebSocket relay. */
export const LOCAL_DATABASE_URL = "postgres://postgres:postgres@localhost:54329/dishpatch";
export const LOCAL_WS_PROXY = "127.0.0.1:54330/v1";

const isProduction = process.env.NODE_ENV === "production";

/**
 * Read lazily, on the first request, so `next build` never needs database secrets.
 * Outside production every variable has a local default; in production DATABASE_URL is required.
 */
export function readDatabaseEnv() {
  const env = createEnv({
    server: {
      DATABASE_URL: isProduction ? z.url() : z.url().default(LOCAL_DATABASE_URL),
      /** host:port/path of a Neon-style WebSocket relay; only for local Postgres. */
      DATABASE_WS_PROXY: z.string().min(1).optional(),
    },
    runtimeEnv: {
      DATABASE_URL: process.env.DATABASE_URL,
      DATABASE_WS_PROXY: process.env.DATABASE_WS_PROXY,
    },
    emptyStringAsUndefined: true,
  });
  const usingLocalDefault = !process.env.DATABASE_URL && !isProduction;
  return {
    url: env.DATABASE_URL,
    wsProxy: env.DATABASE_WS_PROXY ?? (usingLocalDefault ? LOCAL_WS_PROXY : undefined),
  };
}

/** Which Vercel environment this runs in; `development` when not on Vercel. */
export function readDeploymentEnv() {
  const env = createEnv({
    server: {
      VERCEL_ENV: z.enum(["production", "preview", "development"]).default("development"),
    },
    runtimeEnv: { VERCEL_ENV: process.env.VERCEL_ENV },
    emptyStringAsUndefined: true,
  });
  return { deployment: env.VERCEL_ENV };
}
