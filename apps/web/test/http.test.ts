/** The built app over real HTTP: the wire format, headers, status codes and edge runtime. */
import { readFile } from "node:fs/promises";
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("appBaseUrl");

describe("GET /api/trpc/health.check on the built app", () => {
  it("answers ok with the database latency", async () => {
    const res = await fetch(`${baseUrl}/api/trpc/health.check`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      result: {
        data: { json: { status: string; database: { reachable: boolean; latencyMs: number } } };
      };
    };
    expect(body.result.data.json.status).toBe("ok");
    expect(body.result.data.json.database.reachable).toBe(true);
    expect(body.result.data.json.database.latencyMs).toBeGreaterThan(0);
  });

  it("sends tracing headers and no framework fingerprint", async () => {
    const res = await fetch(`${baseUrl}/api/trpc/health.check`);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("server-timing")).toMatch(
      /^db;dur=[\d.]+;desc="1 queries", app;dur=[\d.]+$/,
    );
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("streams a batch as JSON lines when the client asks for it (httpBatchStreamLink)", async () => {
    const res = await fetch(`${baseUrl}/api/trpc/health.check,health.check?batch=1&input=%7B%7D`, {
      headers: { "trpc-accept": "application/jsonl" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("vary")).toContain("trpc-accept");
    const text = await res.text();
    expect(text).toContain('"status":"ok"');
    expect(text.trim().split("\n").length).toBeGreaterThanOrEqual(2);
  });

  it("never answers a client's mistake with a 500", async () => {
    const cases: [string, RequestInit | undefined, number][] = [
      ["nope.missing", undefined, 404],
      ["health.check?input=%7Bbroken", undefined, 400],
      [`${Array.from({ length: 21 }, () => "health.check").join(",")}?batch=1`, undefined, 400],
      [
        "health.check",
        { method: "POST", body: "{}", headers: { "content-type": "application/json" } },
        405,
      ],
      ["health.check", { method: "POST", body: "hello" }, 415],
      ["health.check", { method: "PUT" }, 405],
    ];
    for (const [path, init, status] of cases) {
      const res = await fetch(`${baseUrl}/api/trpc/${path}`, init);
      const contentType = res.headers.get("content-type");
      expect({ path, status: res.status, contentType }).toEqual({
        path,
        status,
        contentType: expect.stringContaining("application/json") as unknown,
      });
    }
  });
});

describe("the production build", () => {
  it("deploys /api/trpc/[trpc] as an edge function", async () => {
    const manifest = JSON.parse(
      await readFile(new URL("../.next/server/middleware-manifest.json", import.meta.url), "utf8"),
    ) as { functions: Record<string, { name: string; page: string }> };
    expect(Object.keys(manifest.functions)).toContain("/api/trpc/[trpc]/route");
  });
});
