/**
 * `pnpm dev` runs the scheduled jobs that vercel.json lists, once a minute (Vercel runs them on
 * their schedules; locally a minute keeps the demo alive — orders expire on time — without
 * waiting hours). A failed run is logged and tried again on the next tick; a run that changed
 * something is logged once (see `jobNews`).
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
  const lastNews = new Map<string, string>();
  const runAll = async () => {
    for (const path of opts.paths) {
      try {
        const res = await fetch(opts.baseUrl + path, {
          headers: { authorization: `Bearer ${opts.secret}` },
        });
        const body = await res.text();
        const news = jobNews(body);
        if (!res.ok) opts.say(`cron ${path}: ${res.status} ${body}`);
        else if (news !== null && news !== lastNews.get(path)) opts.say(`cron ${path}: ${news}`);
        if (news !== null) lastNews.set(path, news);
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

/**
 * What a job run did, worth a line in the dev log: its `result` when any count in it is above
 * zero, else null (nothing happened). The timer also stays quiet while a job keeps reporting
 * the same thing (roll-up-sales recomputes the same week every minute).
 */
export function jobNews(body: string): string | null {
  let report: unknown;
  try {
    report = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof report !== "object" || report === null || !("result" in report)) return null;
  const result: unknown = report.result;
  if (typeof result !== "object" || result === null) return null;
  const counts = Object.values(result).filter((value) => typeof value === "number");
  return counts.some((count) => count > 0) ? JSON.stringify(result) : null;
}
