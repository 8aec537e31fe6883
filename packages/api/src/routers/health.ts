import { checkDatabase } from "@dishpatch/db";
import { healthStatus } from "@dishpatch/validators";

import { apiEnv } from "../env";
import { publicProcedure, router } from "../trpc";

export const healthRouter = router({
  /** Liveness and database reachability; never throws for an unreachable database. */
  check: publicProcedure.output(healthStatus).query(async ({ ctx }) => {
    const database = await checkDatabase(ctx.db);
    return {
      status: database.reachable ? ("ok" as const) : ("degraded" as const),
      version: apiEnv.APP_VERSION,
      time: new Date(),
      database,
    };
  }),
});
