import type { Database, DatabaseHandle } from "@dishpatch/db";

import { createRequestDatabase } from "../context";
import { apiEnv } from "../env";
import { isAuthorizedCronRequest } from "./cron-auth";
import { expireUnacceptedOrders } from "./expire-orders";
import { purgeIdempotencyKeys } from "./purge-idempotency-keys";
import { rollUpSales } from "./roll-up-sales";

/**
 * Scheduled jobs, by the name in their URL (`/api/cron/<name>`, listed in vercel.json).
 * Each is idempotent and safe when two runs overlap: guarded updates, not read-then-write.
 */
export const cronJobs = {
  "expire-orders": expireUnacceptedOrders,
  "purge-idempotency-keys": purgeIdempotencyKeys,
  "roll-up-sales": rollUpSales,
} satisfies Record<string, (db: Database, now: Date) => Promise<Record<string, number>>>;

export type CronJobName = keyof typeof cronJobs;

function isCronJobName(name: string): name is CronJobName {
  return Object.hasOwn(cronJobs, name);
}

export interface CronRequestOptions {
  job: string;
  /** Injectable for tests; defaults to CRON_SECRET. */
  secret?: string;
  createDatabase?: () => DatabaseHandle;
  now?: Date;
}

/** Runs one job for an authorized caller and answers JSON: what it did, or why not. */
export async function handleCronRequest(req: Request, opts: CronRequestOptions): Promise<Response> {
  const requestId = crypto.randomUUID();
  const headers = { "x-request-id": requestId, "cache-control": "no-store" };
  const secret = opts.secret ?? apiEnv.CRON_SECRET;
  if (secret === undefined) {
    console.error(
      JSON.stringify({ level: "error", requestId, job: opts.job, cause: "CRON_SECRET is not set" }),
    );
  }
  if (secret === undefined || !isAuthorizedCronRequest(req, secret)) {
    return Response.json({ error: "Unauthorized" }, { status: 401, headers });
  }
  if (!isCronJobName(opts.job)) {
    return Response.json({ error: `No job named ${opts.job}` }, { status: 404, headers });
  }
  const handle = (opts.createDatabase ?? createRequestDatabase)();
  const startedAt = performance.now();
  try {
    const result = await cronJobs[opts.job](handle.db, opts.now ?? new Date());
    const durationMs = Math.round(performance.now() - startedAt);
    console.info(JSON.stringify({ level: "info", requestId, job: opts.job, durationMs, result }));
    return Response.json({ job: opts.job, result, durationMs }, { headers });
  } catch (error) {
    console.error(
      JSON.stringify({ level: "error", requestId, job: opts.job, cause: String(error) }),
    );
    // Vercel retries nothing; the next scheduled run picks up where this one failed.
    return Response.json(
      { error: `Job failed (request ${requestId}); it will run again on schedule` },
      { status: 500, headers },
    );
  } finally {
    await handle.end();
  }
}
