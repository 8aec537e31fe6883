import { execFileSync } from "node:child_process";
import { neonConfig } from "@neondatabase/serverless";
import ws from "ws";

/** Points the Neon driver at a devstack relay, the way the app does with DATABASE_WS_PROXY. */
export function useRelay(wsProxy: string): void {
  neonConfig.webSocketConstructor = ws;
  neonConfig.wsProxy = (host, port) => `${wsProxy}?address=${host}:${String(port)}`;
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineTLS = false;
  neonConfig.pipelineConnect = "password";
}

export async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("waitFor: condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Direct children of `parent` (default: this test worker, where postgres and redis-server land;
 * a postmaster's children are its backends and auxiliary processes).
 */
export function childProcesses(parent: number = process.pid): { pid: number; args: string }[] {
  let output = "";
  try {
    output = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(parent)], {
      encoding: "utf8",
    });
  } catch {
    // ps exits 1 when there are no matching processes.
  }
  return output
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
    .flatMap((match) => (match === null ? [] : [{ pid: Number(match[1]), args: match[2] ?? "" }]))
    .filter((child) => !child.args.startsWith("ps "));
}

/** Children that are postgres or redis-server processes. */
export function serverChildren(): { pid: number; args: string }[] {
  return childProcesses().filter((child) => /postgres|redis-server/.test(child.args));
}

export function randomName(prefix: string): string {
  return `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
}
