/** The bench's settings (the one place it reads the environment); defaults keep a run < 5 min. */
function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

export const benchEnv = {
  /** Seconds of load per autocannon run. */
  durationSeconds: positive("BENCH_DURATION_SECONDS", 5),
  /** Open connections per autocannon run. */
  connections: positive("BENCH_CONNECTIONS", 10),
  /** Debian's Chromium, for Lighthouse. */
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  /** Skip Lighthouse (e.g. no Chromium installed): its rows then say so. */
  skipLighthouse: process.env.BENCH_SKIP_LIGHTHOUSE === "1",
  /** Passed on to child processes (PATH and friends). */
  inherited: { ...process.env },
};
