import { z } from "zod";

/** What `health.check` answers; also documents the shape for non-TypeScript clients. */
export const healthStatus = z.object({
  status: z.enum(["ok", "degraded"]),
  version: z.string(),
  time: z.date(),
  database: z.object({
    reachable: z.boolean(),
    latencyMs: z.number().nonnegative().nullable(),
  }),
});

export type HealthStatus = z.infer<typeof healthStatus>;
