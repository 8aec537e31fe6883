import { sql } from "drizzle-orm";

import type { Database } from "../client";

export interface DatabaseCheck {
  reachable: boolean;
  /** Wall time of one `select 1` round trip, including connecting when the pool was cold. */
  latencyMs: number | null;
}

/** Never throws: an unreachable database is a health result, not an error. */
export async function checkDatabase(db: Database, timeoutMs = 3_000): Promise<DatabaseCheck> {
  const started = performance.now();
  try {
    await withTimeout(db.execute(sql`select 1`), timeoutMs);
    return { reachable: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch {
    return { reachable: false, latencyMs: null };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`timed out after ${ms} ms`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}
