/**
 * Whether an error means the database could not be reached or did not answer in time (as
 * opposed to a bug or a refused statement): the server is down or restarting, the connection
 * broke, the pool or the server is out of connections, a query timed out. Callers answer
 * these with a retryable "unavailable" instead of a 500.
 */
const UNAVAILABLE_SQLSTATES = new Set([
  "57P01", // admin_shutdown: the server is stopping
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up
  "53300", // too_many_connections
  "57014", // query_canceled (statement timeout)
]);

/** What the driver (pg's client over a WebSocket) says when the link fails or stalls. */
const UNAVAILABLE_MESSAGES =
  /connection terminated|connection timeout|timeout exceeded when trying to connect|query read timeout|not queryable|ECONNREFUSED|ECONNRESET|websocket/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  // Drizzle wraps driver errors ("Failed query: …" caused by the driver's error).
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const code = "code" in current ? current.code : undefined;
    if (typeof code === "string" && (code.startsWith("08") || UNAVAILABLE_SQLSTATES.has(code))) {
      return true;
    }
    const message = "message" in current ? current.message : undefined;
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return true;
    current = "cause" in current ? current.cause : undefined;
  }
  return false;
}
