/**
 * Proves packages/api runs on an edge runtime: it is bundled for a Web-only platform (any
 * Node built-in import fails the build) and then served from the edge-runtime sandbox,
 * which has Web APIs (fetch, Request, WebSocket, crypto.subtle) but no require, Buffer or
 * Node modules — against the real database, through the same Neon driver and relay.
 */
import type { TestDatabase } from "@dishpatch/db/testing";
import { createTestDatabase } from "@dishpatch/db/testing";
import { EdgeVM } from "@edge-runtime/vm";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

let database: TestDatabase;
let vm: EdgeVM;
let bundleBytes: number;

beforeAll(async () => {
  const server = inject("testDatabaseServer");
  if (!server.upstash) throw new Error("The edge test needs redis-server for the rate limiter.");
  const upstash = server.upstash;
  database = await createTestDatabase(server);
  const result = await build({
    entryPoints: [new URL("../src/index.ts", import.meta.url).pathname],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "dishpatchApi",
    platform: "browser",
    conditions: ["edge-light", "worker", "browser"],
    target: "es2022",
    // As in `next build`: NODE_ENV is inlined at build time.
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  bundleBytes = code.length;
  vm = new EdgeVM({
    // Next.js gives edge functions `process.env` (and nothing else of `process`).
    extend: (context) =>
      Object.assign(context, {
        process: {
          env: {
            NODE_ENV: "production",
            APP_VERSION: "edge-test",
            DATABASE_URL: database.url,
            DATABASE_WS_PROXY: database.wsProxy,
            AUTH_SECRET: "edge-sandbox-secret-0123456789abcdefghij",
            UPSTASH_REDIS_REST_URL: upstash.url,
            UPSTASH_REDIS_REST_TOKEN: upstash.token,
          },
        },
      }),
  });
  vm.evaluate(code);
}, 60_000);

afterAll(async () => {
  await database.drop();
});

interface SandboxResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

function serve(path: string, method = "GET"): Promise<SandboxResponse> {
  return vm.evaluate(
    `dishpatchApi.handleTrpcRequest(new Request(${JSON.stringify(`http://edge.test/api/trpc/${path}`)}, { method: ${JSON.stringify(method)} }), { endpoint: "/api/trpc" })`,
  );
}

describe("packages/api in an edge-runtime sandbox", () => {
  it("bundles without Node built-ins", () => {
    expect(bundleBytes).toBeGreaterThan(0);
  });

  it("has no Node globals to lean on", () => {
    expect(vm.evaluate("typeof require")).toBe("undefined");
    expect(vm.evaluate("typeof Buffer")).toBe("undefined");
    expect(vm.evaluate("typeof WebSocket")).toBe("function");
  });

  it("serves health.check from the real database", async () => {
    const res = await serve("health.check");
    const body = JSON.parse(await res.text()) as {
      result: {
        data: { json: { status: string; version: string; database: { reachable: boolean } } };
      };
    };
    expect(res.status).toBe(200);
    expect(body.result.data.json).toMatchObject({
      status: "ok",
      version: "edge-test",
      database: { reachable: true },
    });
  });

  it("maps bad requests to 4xx, never 500, and shows no stack in production", async () => {
    const cases: [string, string, number][] = [
      ["nope", "GET", 404],
      ["health.check?input=%7B", "GET", 400],
      ["health.check", "PUT", 405],
    ];
    for (const [path, method, status] of cases) {
      const res = await serve(path, method);
      expect({ path, status: res.status }).toEqual({ path, status });
      expect(await res.text()).not.toContain("stack");
    }
  });
});
