/**
 * `pnpm dev` runs the scheduled jobs that vercel.json lists, once a minute (Vercel runs them on
 * their schedules; locally a minute keeps the demo alive — orders expire on time — without
 * waiting hours). A failed run is logged and tried again on the next tick.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function cronPaths(root: string): string[] {
  const config: unknown = JSON.parse(readFileSync(join(root, "vercel.json"), "utf8"));
  if (typeof config !== "object" || config === null || !("crons" in config)) return [];
  const crons: unknown = config.crons;
  if (!Array.isArray(crons)) return [];
  return crons.flatMap((cron: unknown) =>
    typeof cron === "object" && cron !== null && "path" in cron && typeof cron.path === "string"
      ? [cron.path]
      : [],
  );
}

export function startCronTimer(opts: {
  baseUrl: string;
  paths: string[];
  secret: string;
  say: (line: string) => void;
  intervalMs?: number;
}): () => void {
  const runAll = async () => {
    for (const path of opts.paths) {
      try {
        const res = await fetch(opts.baseUrl + path, {
          headers: { authorization: `Bearer ${opts.secret}` },
        });
        const body = await res.text();
        // Quiet when a job had nothing to do; say what it did otherwise.
        if (!res.ok || /"[a-z]+":[1-9]/i.test(body))
          opts.say(`cron ${path}: ${res.status} ${body}`);
      } catch {
        // The web app is still starting (or restarting): the next tick tries again.
      }
    }
  };
  const timer = setInterval(() => void runAll(), opts.intervalMs ?? 60_000);
  return () => {
    clearInterval(timer);
  };
}
