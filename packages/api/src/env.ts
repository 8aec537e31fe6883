import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

const isProduction = process.env.NODE_ENV === "production";

export const apiEnv = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** Set at build time by the web app (package version + commit). */
    APP_VERSION: z.string().min(1).default("0.0.0-dev"),
    /** Rate limiting store. Required in production; locally the devstack endpoint or memory. */
    UPSTASH_REDIS_REST_URL: isProduction ? z.url() : z.url().optional(),
    UPSTASH_REDIS_REST_TOKEN: isProduction ? z.string().min(1) : z.string().min(1).optional(),
    /**
     * The header the platform sets to the client's address (Vercel: x-real-ip). Never the
     * left-most X-Forwarded-For, which any client can write.
     */
    TRUSTED_IP_HEADER: z.string().min(1).default("x-real-ip"),
    /**
     * Vercel Cron sends it as a bearer token. Optional even in production: without it every
     * cron call is refused (and logged), but the API itself keeps serving.
     */
    CRON_SECRET: isProduction
      ? z.string().min(16).optional()
      : z.string().min(1).default("local-cron-secret"),
  },
  runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
    APP_VERSION: process.env.APP_VERSION,
    UPSTASH_REDIS_REST_URL: process.env.UPSTASH_REDIS_REST_URL,
    UPSTASH_REDIS_REST_TOKEN: process.env.UPSTASH_REDIS_REST_TOKEN,
    TRUSTED_IP_HEADER: process.env.TRUSTED_IP_HEADER,
    CRON_SECRET: process.env.CRON_SECRET,
  },
  emptyStringAsUndefined: true,
  // `next build` evaluates modules without production secrets; requests validate them.
  skipValidation: process.env.NEXT_PHASE === "phase-production-build",
});
