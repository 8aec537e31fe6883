import type { Database } from "@dishpatch/db";
import { deleteIdempotencyKeysBefore } from "@dishpatch/db";

/** How long a retried checkout still finds its first result. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/** Deletes checkout keys older than a day. Idempotent: a second run finds nothing to delete. */
export async function purgeIdempotencyKeys(db: Database, now: Date) {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_HOURS * 3_600_000);
  return { deleted: await deleteIdempotencyKeysBefore(db, cutoff) };
}
