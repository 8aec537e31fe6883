import type { Figure } from "./figures";

/** The relay's counter (packages/devstack relay.ts). */
export interface RoundTripCounter {
  roundTrips(): number;
  resetRoundTrips(): void;
  openConnections(): number;
}

export interface Call {
  procedure: string;
  budget: number;
  kind: string;
  send: () => Promise<Response>;
}

async function connectionsClosed(relay: RoundTripCounter, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (relay.openConnections() > 0) {
    if (Date.now() > deadline) throw new Error("database connections stayed open");
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Database round trips of one call, from the relay's counter. Each request opens one connection
 * (edge: a Pool per request) and ends it with a Terminate message the request never waits for;
 * the relay counts that as an exchange, so it is subtracted. The app's own count of queries
 * (its `Server-Timing` header) is shown beside it as a cross-check.
 */
export async function measureRoundTrips(
  relay: RoundTripCounter,
  call: Call,
): Promise<{ figure: Figure; response: Response }> {
  await call.send().then((r) => r.arrayBuffer()); // warm: compiled route, cached modules
  await connectionsClosed(relay);
  relay.resetRoundTrips();
  const response = await call.send();
  const body = response.clone();
  await body.arrayBuffer();
  await connectionsClosed(relay);
  const exchanges = relay.roundTrips();
  const roundTrips = Math.max(0, exchanges - 1);
  const timing = response.headers.get("server-timing") ?? "";
  const queries = /desc="(\d+) queries"/.exec(timing)?.[1] ?? "?";
  return {
    response,
    figure: {
      section: "Database round trips",
      name: `${call.procedure} (${call.kind})`,
      value: `${roundTrips} (Server-Timing: ${queries} queries; HTTP ${response.status})`,
      budget: `≤ ${call.budget}`,
      pass: response.ok && roundTrips <= call.budget,
    },
  };
}
