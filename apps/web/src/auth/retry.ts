/** "in 3 minutes", "in 1 minute", "in 40 seconds": when a rate-limited person may try again. */
export function retryIn(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds <= 0) return "later";
  if (seconds < 60) {
    const s = Math.ceil(seconds);
    return `in ${s} ${s === 1 ? "second" : "seconds"}`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `in ${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}
