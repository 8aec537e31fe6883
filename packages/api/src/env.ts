import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const apiEnv = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** Set at build time by the web app (package version + commit). */
    APP_VERSION: z.string().min(1).default("0.0.0-dev"),
  },
  runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
    APP_VERSION: process.env.APP_VERSION,
  },
  emptyStringAsUndefined: true,
});
