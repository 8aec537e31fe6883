/** Small helpers for the child processes (postgres, redis-server) devstack owns. */

export function isProcessAlive(pid: number): boolean {
  try {
    // Signal 0 checks existence without delivering anything.
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
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
let exitHookInstalled = false;

/**
 * Runs `handler` synchronously if the process exits while it is registered (process.exit, an
 * uncaught error, a signal handler calling exit). It is the last line of defence against orphaned
 * postgres/redis processes and stray temp dirs when a test runner or script dies without calling
 * stop(). Returns the function that unregisters it.
 */
export function onProcessExit(handler: () => void): () => void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on("exit", () => {
      for (const registered of exitHandlers) {
        try {
          registered();
        } catch {
          // Best effort: keep running the other handlers.
        }
      }
    });
  }
  exitHandlers.add(handler);
  return () => exitHandlers.delete(handler);
}
