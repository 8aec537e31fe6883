/**
 * Live streams (SSE) on edge functions: Vercel ends an edge response that streams too long,
 * so each stream closes itself after four minutes and the client reconnects (with the last
 * event id, so nothing is missed). Pings keep proxies from closing a quiet stream; a client
 * that hears nothing for longer than two pings assumes the connection died and reconnects.
 */
export const liveStreamOptions = {
  maxDurationMs: 4 * 60_000,
  ping: { enabled: true, intervalMs: 10_000 },
  client: { reconnectAfterInactivityMs: 25_000 },
};
