/**
 * The only place this package reads process.env (lint rule). The offline `vercel build` gets an
 * allow-listed environment, so it proves the build needs no secrets: no DATABASE_URL,
 * AUTH_SECRET, UPSTASH_* or Vercel credentials reach it even when the caller has them.
 */

/** Passed through when set: what pnpm, turbo and Node need to run, nothing the app reads. */
const PASS_THROUGH = [
  "PATH",
  "HOME",
  "USER",
  "LANG",
  "LC_ALL",
  "TMPDIR",
  "TERM",
  "PNPM_HOME",
  "XDG_DATA_HOME",
  "XDG_CACHE_HOME",
  "XDG_CONFIG_HOME",
  "CI",
  "CHROME_PATH",
  // Where turbo keeps its local cache, so the build can reuse it (not a credential).
  "TURBO_CACHE_DIR",
] as const;

/** Set for every offline build: no telemetry, no update checks. */
const FIXED = {
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  VERCEL_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
  NO_UPDATE_NOTIFIER: "1",
} as const;

export function offlineBuildEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of PASS_THROUGH) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, ...FIXED };
}

/** Names of variables in the caller's environment that the offline build deliberately drops. */
export function droppedSecretNames(): string[] {
  const secretLike = /^(DATABASE_URL|AUTH_|UPSTASH_|VERCEL_|NEON_|TURBO_TOKEN|CRON_SECRET)/;
  return Object.keys(process.env)
    .filter((name) => secretLike.test(name) && !(name in FIXED))
    .sort();
}
