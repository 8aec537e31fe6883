import autocannon from "autocannon";

import { benchEnv } from "./env";

export interface LoadTarget {
  url: string;
  method: "GET" | "POST";
  /** Called per request: fresh client address, idempotency key, session… */
  prepare: () => { path?: string; headers: Record<string, string>; body?: string };
  /** Stop early after this many requests (e.g. to stay under a per-user rate limit). */
  maxRequests?: number;
  /** Default: BENCH_CONNECTIONS. 1 measures a request with no queueing behind others. */
  connections?: number;
}

export interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  requests: number;
  /** Non-2xx answers plus connection errors (timeouts included). */
  failures: number;
  seconds: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/**
 * One bounded autocannon run on loopback at fixed concurrency. Percentiles come from every
 * response time (autocannon's own histogram has no p95).
 */
export async function runLoad(target: LoadTarget): Promise<LoadResult> {
  const times: number[] = [];
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: target.url,
      method: target.method,
      connections: target.connections ?? benchEnv.connections,
      // autocannon lets `amount` override `duration`; a timer below keeps the time bound.
      ...(target.maxRequests === undefined
        ? { duration: benchEnv.durationSeconds }
        : { amount: target.maxRequests }),
      timeout: 10,
      requests: [
        {
          setupRequest: (request) => {
            const { path, headers, body } = target.prepare();
            return {
              ...request,
              ...(path ? { path } : {}),
              headers: { ...request.headers, ...headers },
              ...(body === undefined ? {} : { body }),
            };
          },
        },
      ],
    },
    (error: Error | null, result: autocannon.Result) => {
      if (error) fail(error);
      else finish(result);
    },
  );
  instance.on("response", (_client, _status, _bytes, responseTime) => {
    times.push(responseTime);
  });
  const stop = setTimeout(() => {
    instance.stop();
  }, benchEnv.durationSeconds * 1000);
  const result = await done;
  clearTimeout(stop);
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requestsPerSecond: result.requests.total / result.duration,
    requests: result.requests.total,
    failures: result.non2xx + result.errors,
    seconds: result.duration,
  };
}
