import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

const isProduction = process.env.NODE_ENV === "production";

/**
 * A fixed secret for local development and tests only. Production refuses to start without
 * its own AUTH_SECRET (at least 32 characters, e.g. `openssl rand -base64 32`).
 */
export const LOCAL_AUTH_SECRET = "dishpatch-local-development-secret-never-use-in-production";

export const authEnv = createEnv({
  server: {
    AUTH_SECRET: isProduction ? z.string().min(32) : z.string().min(32).default(LOCAL_AUTH_SECRET),
    AUTH_GITHUB_ID: z.string().min(1).optional(),
    AUTH_GITHUB_SECRET: z.string().min(1).optional(),
  },
  runtimeEnv: {
    AUTH_SECRET: process.env.AUTH_SECRET,
    AUTH_GITHUB_ID: process.env.AUTH_GITHUB_ID,
    AUTH_GITHUB_SECRET: process.env.AUTH_GITHUB_SECRET,
  },
  emptyStringAsUndefined: true,
  // Read lazily at request time; `next build` must not need production secrets.
  skipValidation: process.env.NEXT_PHASE === "phase-production-build",
});

export const githubEnabled = Boolean(authEnv.AUTH_GITHUB_ID && authEnv.AUTH_GITHUB_SECRET);
