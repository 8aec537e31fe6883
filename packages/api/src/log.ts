import type { TRPCError } from "@trpc/server";

/** One JSON line per failed procedure call, for log drains to index. */
export function logError(entry: {
  requestId: string;
  path: string | undefined;
  type: string;
  error: TRPCError;
  durationMs: number;
}) {
  const internal = entry.error.code === "INTERNAL_SERVER_ERROR";
  const line = {
    level: internal ? "error" : "warn",
    requestId: entry.requestId,
    path: entry.path ?? null,
    type: entry.type,
    code: entry.error.code,
    durationMs: Math.round(entry.durationMs),
    // Logs are private: the real cause is kept here, never in the response.
    message: entry.error.message,
    ...(internal && entry.error.cause ? { cause: String(entry.error.cause) } : {}),
  };
  if (internal) console.error(JSON.stringify(line));
  else console.warn(JSON.stringify(line));
}
