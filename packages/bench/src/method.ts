/** The "How it is measured" section of BENCHMARKS.md. */
export const method = [
  "- **Set-up:** the devstack (embedded Postgres 18 behind the Neon-style WebSocket relay, redis-server " +
    "behind the Upstash-compatible endpoint), one migrated and seeded database, the production build " +
    "served by `next start` on 127.0.0.1. The bench arranges its own database: La Tavola open around " +
    "the clock with unlimited stock, and fresh bench users (customers, one staff member) signed in " +
    "through Auth.js credentials, so no demo account spends its sign-in budget.",
  "- **Round trips:** the relay counts request/response exchanges on every database connection. Each " +
    "call is made once to warm up, then once measured after the counter is reset; the exchange for " +
    "the Terminate message that ends the per-request connection (never waited on) is subtracted. The " +
    "app's own `Server-Timing` query count is shown beside it as a cross-check.",
  "- **Latency and throughput:** autocannon 9, 10 connections, 5 s per procedure, loopback. Public " +
    "reads come from a fresh client address per request (the public-read limit is per address); " +
    "order.place sends a fresh idempotency key per request and rotates signed-in customers, at most 10 " +
    "orders each (the per-user limit), so a run may end before 5 s. The relay then injects 10 ms in " +
    "each direction (a 20 ms round trip, production-like edge→database distance) and everything runs " +
    "again. p50/p95/p99 are computed from every response time. Each procedure also runs on one " +
    'connection ("1 connection" rows): a request that queues behind nobody, where the cost of ' +
    "each database round trip shows even when the loaded runs are CPU-bound.",
  "- **tRPC overhead:** a child Node process (packages/bench/src/node-server.ts) serves, against the " +
    "same database, a bare handler running restaurant.list's query (`listRestaurants`, one database " +
    "handle per request, plain JSON) and the tRPC fetch handler with an in-process limiter; the ratio " +
    "is tRPC req/s / bare req/s from the same run. The production path additionally checks the " +
    "Upstash limiter (one Redis REST call), shown separately.",
  "- **Edge vs Node:** the web app is built twice: as it ships, and a copy (git-ignored `.bench/` " +
    'folder) whose tRPC route says `runtime = "nodejs"` instead of `"edge"` — the only difference, ' +
    "checked in the copy's middleware manifest. Both run under `next start` against the same " +
    "database and limiter, and the same queries are loaded on each, one after the other. Locally " +
    "`next start` runs edge routes in Next's edge sandbox on the same Node process; on Vercel the " +
    "two differ more (edge regions, cold starts), which a loopback bench cannot show.",
  "- **Bundles:** edge functions from `vercel build`'s output when `pnpm check:deploy` has run " +
    "(deploy-checks' reader), otherwise the files `next build` lists per edge function in " +
    "middleware-manifest.json; gzip level 9 per file, summed. Page JavaScript: the web app's own " +
    "measurer (apps/web/scripts/page-js.ts, also run by its CI test): every `<script src>` of the " +
    "page's HTML except `noModule` polyfills, fetched and gzipped; 1 kB = 1000 bytes.",
  "- **Lighthouse:** lighthouse 13.5 CLI, default mobile emulation and throttling, Debian Chromium " +
    "headless (`--no-sandbox`), categories performance, accessibility, best practices. Performance " +
    "is the median of five runs whose first frame reached the screen within 500 ms of being " +
    "painted (read from each run's trace); a run whose frame the compositor held back (~1 s, see " +
    "packages/bench/src/first-frame.ts) is shown with a * and replaced, up to ten runs, and the " +
    "median of all runs is printed beside. Accessibility and best practices: the median of all runs.",
];
