import { lt } from "drizzle-orm";

import type { Database } from "../client";
import { idempotencyKeys } from "../schema";

/** Forgets checkout keys created before `cutoff`; returns how many. */
export async function deleteIdempotencyKeysBefore(db: Database, cutoff: Date): Promise<number> {
  const deleted = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, cutoff))
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}
