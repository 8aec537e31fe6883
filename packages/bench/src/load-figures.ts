import type { Figure } from "./figures";
import { ms } from "./figures";
import type { LoadResult, LoadTarget } from "./load";
import { runLoad } from "./load";
import type { Cart } from "./wire";
import { freshIdempotencyKey, mutationBody, queryPath, randomClientIp } from "./wire";

/** order.place allows 10 orders a minute per user (packages/api ratelimit policies). */
const ORDERS_PER_USER = 10;
/** The relay delays each direction: 10 ms each way is a 20 ms round trip. */
const LATENCIES_MS_PER_DIRECTION = [0, 10];

function describe(r: LoadResult): string {
  return (
    `p50 ${ms(r.p50)} · p95 ${ms(r.p95)} · p99 ${ms(r.p99)} · ${r.requestsPerSecond.toFixed(0)} req/s ` +
    `(${r.requests} in ${r.seconds.toFixed(1)} s, ${r.failures} failed)`
  );
}

function loadFigure(section: string, name: string, r: LoadResult): Figure {
  return { section, name, value: describe(r), budget: "no failures", pass: r.failures === 0 };
}

/** A public read: every request from a fresh client address, as many diners would. */
function publicRead(baseUrl: string, path: string): LoadTarget {
  return {
    url: `${baseUrl}${path}`,
    method: "GET",
    prepare: () => ({ headers: { "x-real-ip": randomClientIp() } }),
  };
}

export async function loadFigures(opts: {
  relay: { setLatency(ms: number): void };
  baseUrl: string;
  cart: Cart;
  customerCookies: string[];
  log: (line: string) => void;
}): Promise<Figure[]> {
  const figures: Figure[] = [];
  // One customer per latency for the unloaded order.place run, the rest shared by the loaded ones.
  const unloadedCookies = opts.customerCookies.slice(0, LATENCIES_MS_PER_DIRECTION.length);
  const loadCookies = opts.customerCookies.slice(LATENCIES_MS_PER_DIRECTION.length);
  const perRun = Math.floor(loadCookies.length / LATENCIES_MS_PER_DIRECTION.length);
  try {
    for (const [run, latency] of LATENCIES_MS_PER_DIRECTION.entries()) {
      opts.relay.setLatency(latency);
      const section = `Latency and throughput, database round trip +${latency * 2} ms`;
      const targets: [string, LoadTarget][] = [
        ["restaurant.list", publicRead(opts.baseUrl, queryPath("restaurant.list", {}))],
        [
          "restaurant.bySlug",
          publicRead(opts.baseUrl, queryPath("restaurant.bySlug", { slug: "la-tavola" })),
        ],
        ["cart.quote", publicRead(opts.baseUrl, queryPath("cart.quote", opts.cart))],
        [
          "order.place",
          placeTarget(opts.baseUrl, opts.cart, loadCookies.slice(run * perRun, (run + 1) * perRun)),
        ],
      ];
      for (const [name, target] of targets) {
        opts.log(`  ${name} at +${latency * 2} ms`);
        figures.push(loadFigure(section, name, await runLoad(target)));
      }
      // One connection: the latency of a request that waits for nobody, where each database
      // round trip's cost shows (under load, queueing for CPU hides it on a small machine).
      for (const [name, target] of targets) {
        const single: LoadTarget =
          name === "order.place"
            ? placeTarget(opts.baseUrl, opts.cart, unloadedCookies.slice(run, run + 1))
            : target;
        opts.log(`  ${name} at +${latency * 2} ms, 1 connection`);
        figures.push(
          loadFigure(
            section,
            `${name}, 1 connection`,
            await runLoad({ ...single, connections: 1 }),
          ),
        );
      }
    }
  } finally {
    opts.relay.setLatency(0);
  }
  return figures;
}

/**
 * Checkout under load: a fresh idempotency key per request (each one a new order), customers
 * taken in turn, and at most 10 orders per customer so the per-user limit never answers 429.
 */
function placeTarget(baseUrl: string, cart: Cart, cookies: string[]): LoadTarget {
  let next = 0;
  return {
    url: `${baseUrl}/api/trpc/order.place`,
    method: "POST",
    maxRequests: cookies.length * ORDERS_PER_USER,
    prepare: () => ({
      headers: {
        "content-type": "application/json",
        cookie: cookies[next++ % cookies.length] ?? "",
        "x-real-ip": randomClientIp(),
      },
      body: mutationBody({ ...cart, idempotencyKey: freshIdempotencyKey() }),
    }),
  };
}

/**
 * tRPC overhead and edge vs Node, on restaurant.list's query, all at +0 ms:
 *   bare route handler vs tRPC (both plain Node, same process, same query, in-process limiter);
 *   the production tRPC handler on plain Node vs the same handler as the built app's edge route.
 */
export async function overheadFigures(opts: {
  appBaseUrl: string;
  nodeRuntimeBaseUrl: string;
  nodeBaseUrl: string;
  log: (line: string) => void;
}): Promise<Figure[]> {
  const list = queryPath("restaurant.list", {});
  const bySlug = queryPath("restaurant.bySlug", { slug: "la-tavola" });
  const run = async (label: string, url: string) => {
    opts.log(`  ${label}`);
    return runLoad(publicRead(url, ""));
  };
  const bare = await run("bare handler", `${opts.nodeBaseUrl}/bare/restaurants`);
  const trpc = await run("tRPC, in-process limiter", `${opts.nodeBaseUrl}/memory${list}`);
  const nodeList = await run("tRPC on Node (production handler)", `${opts.nodeBaseUrl}${list}`);
  const edgeList = await run("list, edge runtime build", `${opts.appBaseUrl}${list}`);
  const nodejsList = await run("list, nodejs runtime build", `${opts.nodeRuntimeBaseUrl}${list}`);
  const edgeSlug = await run("bySlug, edge runtime build", `${opts.appBaseUrl}${bySlug}`);
  const nodejsSlug = await run(
    "bySlug, nodejs runtime build",
    `${opts.nodeRuntimeBaseUrl}${bySlug}`,
  );

  const o = "tRPC overhead (restaurant.list query, Node, +0 ms)";
  const e = "Edge vs Node (the tRPC route built with each runtime, next start, +0 ms)";
  const ratio = trpc.requestsPerSecond / bare.requestsPerSecond;
  const withLimiter = nodeList.requestsPerSecond / bare.requestsPerSecond;
  return [
    loadFigure(o, "bare route handler", bare),
    loadFigure(o, "tRPC fetch adapter", trpc),
    {
      section: o,
      name: "throughput ratio tRPC / bare",
      value: ratio.toFixed(2),
      budget: "≥ 0.80",
      pass: ratio >= 0.8,
    },
    loadFigure(o, "tRPC + Upstash rate-limit check (production path)", nodeList),
    {
      section: o,
      name: "ratio with the rate-limit check / bare",
      value: withLimiter.toFixed(2),
      budget: "",
      pass: null,
    },
    loadFigure(e, 'restaurant.list, runtime = "edge"', edgeList),
    loadFigure(e, 'restaurant.list, runtime = "nodejs"', nodejsList),
    runtimeRatio(e, "restaurant.list", edgeList, nodejsList),
    loadFigure(e, 'restaurant.bySlug, runtime = "edge"', edgeSlug),
    loadFigure(e, 'restaurant.bySlug, runtime = "nodejs"', nodejsSlug),
    runtimeRatio(e, "restaurant.bySlug", edgeSlug, nodejsSlug),
  ];
}

/** Throughput of the edge build relative to the nodejs build: no budget, it informs the choice. */
function runtimeRatio(section: string, what: string, edge: LoadResult, nodejs: LoadResult): Figure {
  return {
    section,
    name: `${what}: edge req/s ÷ nodejs req/s`,
    value: (edge.requestsPerSecond / nodejs.requestsPerSecond).toFixed(2),
    budget: "",
    pass: null,
  };
}
