/** Small helpers for the child processes (postgres, redis-server) devstack owns. */
import { readFileSync } from "node:fs";

/** A zombie has exited but was not reaped yet (e.g. an orphan waiting for init): not alive. */
function isZombie(pid: number): boolean {
  try {
    // /proc/<pid>/stat: "pid (comm) state …"; comm may contain spaces, so look after the ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
  } catch {
    return false; // No /proc (not Linux): rely on kill(0) alone.
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    // Signal 0 checks existence without delivering anything.
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else — still alive.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  return !isZombie(pid);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `pid` is gone; false on timeout. Polling works for processes we did not spawn. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

export function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone: nothing to do.
  }
}

const exitHandlers = new Set<() => void>();
let guardsInstalled = false;

/** Signals that terminate a Node process by default, and that we clean up for. */
const GUARDED_SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

function runExitHandlers(): void {
  const handlers = [...exitHandlers];
  exitHandlers.clear();
  for (const handler of handlers) {
    try {
      handler();
    } catch {
      // Best effort: keep running the other handlers.
    }
  }
}

function installGuards(): void {
  if (guardsInstalled) return;
  guardsInstalled = true;
  process.on("exit", runExitHandlers);
  for (const signal of GUARDED_SIGNALS) {
    const onSignal = (): void => {
      // The host handles this signal itself (our CLI, `pnpm dev`, vitest): it decides how to shut
      // down, and when it finally exits the `exit` hook above runs.
      if (process.listenerCount(signal) > 1) return;
      // Otherwise behave like Node's default (terminate by this signal), but clean up first:
      // without a listener the process would die without an `exit` event, orphaning postgres.
      runExitHandlers();
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

/**
 * Runs `handler` synchronously if the process ends while it is registered: process.exit, the
 * event loop draining, an uncaught error, or a terminating signal nobody else handles. It is the
 * last line of defence against orphaned postgres/redis processes and stray temp dirs when a test
 * runner or script dies without calling stop(). Returns the function that unregisters it.
 */
export function onProcessExit(handler: () => void): () => void {
  installGuards();
  exitHandlers.add(handler);
  return () => exitHandlers.delete(handler);
}
