import { checkDatabase } from "@dishpatch/db";
import { healthStatus } from "@dishpatch/validators";
import { z } from "zod";

import { apiEnv } from "../env";
import { publicProcedure, router } from "../trpc";

export const healthRouter = router({
  /** Liveness and database reachability; never throws for an unreachable database. */
  check: publicProcedure
    .meta({
      summary: "Liveness and database reachability.",
      errors: [],
      openapi: { method: "GET", path: "/health", tags: ["health"], protect: false },
    })
    // Declared so a client sending input here gets a 400, not silently ignored input.
    .input(z.void())
    .output(healthStatus)
    .query(async ({ ctx }) => {
      const database = await checkDatabase(ctx.db);
      return {
        status: database.reachable ? ("ok" as const) : ("degraded" as const),
        version: apiEnv.APP_VERSION,
        time: new Date(),
        database,
      };
    }),
});
