/**
 * `pnpm bench`: measures every budget of ARCHITECTURE.md against the built app and writes
 * BENCHMARKS.md at the repository root. Bounded: a few minutes on a 2-core machine.
 */
import { readFile } from "node:fs/promises";

import { edgeFunctionFigures, pageJsFigure } from "./bundles";
import { benchEnv } from "./env";
import type { Figure } from "./figures";
import { lighthouseFigures } from "./lighthouse";
import { loadFigures, overheadFigures } from "./load-figures";
import { method } from "./method";
import { buildNodeRuntimeApp } from "./node-runtime-build";
import { printFigures, writeBenchmarks } from "./report";
import { roundTripFigures } from "./round-trip-figures";
import { signInAll } from "./sessions";
import { startBenchStack } from "./stack";

/** order.place is limited to 10 a minute per user: enough signed-in customers for two runs. */
const ORDER_CUSTOMERS = 30;

const started = Date.now();
const log = (line: string) => {
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);
};

log("building the app a second time, its tRPC route on the Node.js runtime…");
const nodeRuntimeAppDir = await buildNodeRuntimeApp(log);
log("starting the devstack, seeding, starting both builds…");
const bench = await startBenchStack(ORDER_CUSTOMERS, nodeRuntimeAppDir);
const figures: Figure[] = [];
try {
  const base = bench.app.baseUrl;
  log(`signing in ${ORDER_CUSTOMERS + 1} bench users…`);
  const [staffCookie, ...customerCookies] = await signInAll(base, [
    bench.data.staff,
    ...bench.data.customers,
  ]);
  if (!staffCookie) throw new Error("no staff session");

  log("database round trips…");
  const trips = await roundTripFigures(bench.relay, base, bench.data.restaurantId, staffCookie);
  figures.push(...trips.figures);

  log("latency and throughput (autocannon)…");
  figures.push(
    ...(await loadFigures({
      relay: bench.relay,
      baseUrl: base,
      cart: trips.cart,
      customerCookies,
      log,
    })),
  );
  log("tRPC overhead and edge vs Node…");
  figures.push(
    ...(await overheadFigures({
      appBaseUrl: base,
      nodeRuntimeBaseUrl: bench.nodeRuntimeBaseUrl,
      nodeBaseUrl: bench.nodeBaseUrl,
      log,
    })),
  );

  log("bundle sizes…");
  figures.push(...(await edgeFunctionFigures()));
  figures.push(await pageJsFigure(base, "/"), await pageJsFigure(base, "/r/la-tavola"));

  if (benchEnv.skipLighthouse) {
    log("Lighthouse skipped (BENCH_SKIP_LIGHTHOUSE=1)");
  } else {
    for (const path of ["/", "/r/la-tavola"]) {
      log(`Lighthouse ${path}…`);
      figures.push(...(await lighthouseFigures(base, path)));
    }
  }
} finally {
  await bench.stop();
}

printFigures(figures);
const history = await readFile(new URL("../HISTORY.md", import.meta.url), "utf8");
await writeBenchmarks(figures, method, history.trim().split("\n"));
log(`wrote BENCHMARKS.md in ${((Date.now() - started) / 1000).toFixed(0)} s`);
const failed = figures.filter((f) => f.pass === false).length;
console.log(failed === 0 ? "\nEvery budget met." : `\n${failed} budget(s) missed.`);
