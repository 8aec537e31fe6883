import { neonConfig } from "@neondatabase/serverless";
import ws from "ws";

/**
 * Node 20 has no global WebSocket (edge runtimes and browsers do). Scripts, tests and
 * benchmarks running on Node call this once before creating a database handle.
 */
export function installNodeWebSocket() {
  neonConfig.webSocketConstructor ??= ws;
}
