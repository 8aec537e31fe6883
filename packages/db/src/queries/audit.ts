/** The audit log: written in the same transaction as the admin action it records. */
import { sql } from "drizzle-orm";

import type { Database } from "../client";
import { auditLog } from "../schema";
import { isoTimestamp } from "./sql-helpers";
import type { Executor } from "./transaction";

export interface AuditEntry {
  actorId: string;
  action: string;
  targetType: "restaurant" | "user";
  targetId: string;
  details: Record<string, unknown>;
}

export async function insertAuditEntry(db: Executor, entry: AuditEntry) {
  await db.insert(auditLog).values(entry);
}

export interface AuditRow {
  id: number;
  action: string;
  targetType: string;
  targetId: string;
  details: Record<string, unknown>;
  createdAt: Date;
  actorId: string | null;
  /** Null when the actor's account is gone. */
  actorEmail: string | null;
  actorName: string | null;
  /**
   * What the target is called now (a restaurant's name, a user's email), so the log reads
   * without looking ids up; null when the object is gone or of another type.
   */
  targetLabel: string | null;
}

/**
 * Newest first, keyset on the serial id (unique and in insertion order). One round trip: the
 * actor and the target's name come from joins, each matching at most one row.
 */
export async function listAuditLog(
  db: Database,
  opts: {
    targetType?: string | undefined;
    targetId?: string | undefined;
    action?: string | undefined;
    limit: number;
    beforeId?: number | null | undefined;
  },
): Promise<AuditRow[]> {
  const { rows } = await db.execute<Omit<AuditRow, "createdAt"> & { createdAt: string }>(sql`
    select a.id::float8 as id, a.action, a.target_type as "targetType", a.target_id as "targetId",
      a.details, ${isoTimestamp(sql`a.created_at`)} as "createdAt", a.actor_id as "actorId",
      u.email as "actorEmail", u.name as "actorName",
      coalesce(tr.name, tu.email) as "targetLabel"
    from audit_log a
    left join users u on u.id = a.actor_id
    left join restaurants tr on a.target_type = 'restaurant' and tr.id = a.target_id
    left join users tu on a.target_type = 'user' and tu.id = a.target_id
    where true
      ${opts.targetType ? sql`and a.target_type = ${opts.targetType}` : sql``}
      ${opts.targetId ? sql`and a.target_id = ${opts.targetId}` : sql``}
      ${opts.action ? sql`and a.action = ${opts.action}` : sql``}
      ${opts.beforeId == null ? sql`` : sql`and a.id < ${opts.beforeId}`}
    order by a.id desc
    limit ${opts.limit}`);
  return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) }));
}
