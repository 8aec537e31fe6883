import type { TrackedEnvelope } from "@trpc/server";
import { tracked } from "@trpc/server";

/** How a live stream reads the event log: every `pollMs`, a page of at most `pageSize`. */
export const LIVE_POLL_MS = 1_000;
export const LIVE_PAGE_SIZE = 100;

/**
 * Follows an append-only log by polling: yields each new entry as `tracked(id, entry)` so a
 * client that reconnects with the last id it saw resumes right after it. Polling (rather than
 * LISTEN/NOTIFY) works over the serverless driver on edge, where no connection outlives the
 * request; tRPC's `maxDurationMs` bounds the stream and the client reconnects.
 *
 * `read` returns entries after the cursor in id order; entries already delivered (a look-back
 * read may return them again) are skipped, and so are those up to `skipThrough`. `isLast` ends the stream after an entry (an order
 * that reached a final status will not change again).
 */
export async function* followLog<T extends { id: number }>(opts: {
  startAfter: number;
  skipThrough?: number;
  read: (afterId: number) => Promise<T[]>;
  signal: AbortSignal | undefined;
  isLast?: (entry: T) => boolean;
  pollMs?: number;
}): AsyncGenerator<TrackedEnvelope<T>> {
  let cursor = opts.startAfter;
  const delivered = new Set<number>();
  while (!opts.signal?.aborted) {
    const entries = await opts.read(cursor);
    let fresh = 0;
    for (const entry of entries) {
      if (delivered.has(entry.id) || entry.id <= (opts.skipThrough ?? 0)) continue;
      delivered.add(entry.id);
      fresh++;
      cursor = Math.max(cursor, entry.id);
      yield tracked(String(entry.id), entry);
      if (opts.isLast?.(entry)) return;
    }
    // A full page of new entries means more are waiting: read on without pausing.
    if (fresh === 0 || entries.length < LIVE_PAGE_SIZE)
      await sleep(opts.pollMs ?? LIVE_POLL_MS, opts.signal);
  }
}

/** Resolves after `ms`, or at once when the stream is cancelled. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
