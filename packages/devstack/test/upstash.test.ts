import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  findRedisServer,
  startRedis,
  startUpstashEndpoint,
  type RedisServer,
  type UpstashEndpoint,
} from "../src/index";
import { sha1Hex } from "../src/lua-scripts";
import { randomName } from "./helpers";

const redisInstalled = findRedisServer() !== null;

describe.skipIf(!redisInstalled)("Upstash-compatible endpoint", () => {
  let redisServer: RedisServer;
  let endpoint: UpstashEndpoint;
  const client = (): Redis =>
    new Redis({ url: endpoint.url, token: endpoint.token, enableTelemetry: false });

  beforeAll(async () => {
    redisServer = await startRedis();
    endpoint = await startUpstashEndpoint({ redisPort: redisServer.port });
  });

  afterAll(async () => {
    await endpoint.close();
    await redisServer.close();
  });

  const post = async (
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; json: unknown }> => {
    const response = await fetch(`${endpoint.url}${path}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${endpoint.token}`,
        "content-type": "application/json",
        ...headers,
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: await response.json() };
  };

  it("speaks the REST wire format (plain and base64-encoded)", async () => {
    expect(await post("/", ["SET", "wire", "wert"])).toEqual({
      status: 200,
      json: { result: "OK" },
    });
    expect(await post("/", ["GET", "wire"])).toEqual({ status: 200, json: { result: "wert" } });
    expect(await post("/", ["GET", "wire"], { "Upstash-Encoding": "base64" })).toEqual({
      status: 200,
      json: { result: Buffer.from("wert").toString("base64") },
    });
    expect(await post("/", ["INCR", "wire"])).toEqual({
      status: 400,
      json: { error: "ERR value is not an integer or out of range" },
    });
    expect(
      await post("/pipeline", [
        ["SET", "n", 1],
        ["INCR", "n"],
        ["GET", "missing"],
        ["INCR", "wire"],
      ]),
    ).toEqual({
      status: 200,
      json: [
        { result: "OK" },
        { result: 2 },
        { result: null },
        { error: "ERR value is not an integer or out of range" },
      ],
    });
    const unauthorized = await fetch(`${endpoint.url}/`, {
      method: "POST",
      body: JSON.stringify(["PING"]),
    });
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.json()).toHaveProperty("error");
  });

  it("works with @upstash/redis: set/get (unicode), incr, pipeline, multi-exec", async () => {
    const redis = client();
    const key = randomName("dish");
    const unicode = "Crème brûlée 🍮 — 拉面";
    expect(await redis.set(key, unicode)).toBe("OK");
    expect(await redis.get<string>(key)).toBe(unicode);
    // Objects round-trip as JSON, like on Upstash.
    await redis.set(`${key}:json`, { name: "Ramen", price: 12.5 });
    expect(await redis.get(`${key}:json`)).toEqual({ name: "Ramen", price: 12.5 });

    expect(await redis.incr(`${key}:count`)).toBe(1);
    expect(await redis.incrby(`${key}:count`, 41)).toBe(42);

    const pipeline = redis.pipeline();
    pipeline.set(`${key}:p`, "one");
    pipeline.get(`${key}:p`);
    pipeline.incr(`${key}:pc`);
    pipeline.hset(`${key}:h`, { a: "1", b: "ü" });
    pipeline.hgetall(`${key}:h`);
    expect(await pipeline.exec()).toEqual(["OK", "one", 1, 2, { a: 1, b: "ü" }]);

    const tx = redis.multi();
    tx.set(`${key}:tx`, "a");
    tx.incr(`${key}:txc`);
    tx.incr(`${key}:txc`);
    tx.get(`${key}:tx`);
    expect(await tx.exec()).toEqual(["OK", 1, 2, "a"]);

    // A failing command inside the transaction fails only that entry, like Redis' EXEC.
    const failing = redis.multi();
    failing.set(`${key}:tx2`, "x");
    failing.incr(`${key}:tx2`);
    await expect(failing.exec()).rejects.toThrow(/not an integer/);
    expect(await redis.get(`${key}:tx2`)).toBe("x");
  });

  it("rejects a wrong token", async () => {
    const redis = new Redis({
      url: endpoint.url,
      token: "wrong-token",
      enableTelemetry: false,
      retry: false,
    });
    await expect(redis.get("anything")).rejects.toThrow(/Unauthorized/);
  });

  it("handles shebang scripts: SCRIPT LOAD answers the client's sha, EVALSHA and SCRIPT EXISTS accept it", async () => {
    const redis = client();
    const script = "#!lua flags=allow-key-locking\nreturn redis.call('INCRBY', KEYS[1], ARGV[1])";
    const sha = await redis.scriptLoad(script);
    expect(sha).toBe(sha1Hex(script));
    expect(await redis.scriptExists(sha, "0".repeat(40))).toEqual([1, 0]);
    const key = randomName("script");
    expect(await redis.evalsha(sha, [key], [5])).toBe(5);
    expect(await redis.eval(script, [key], [2])).toBe(7);
    await expect(redis.evalsha("f".repeat(40), [], [])).rejects.toThrow(/NOSCRIPT/);
  });

  for (const [name, limiter] of [
    ["slidingWindow", Ratelimit.slidingWindow(3, "10 s")],
    ["fixedWindow", Ratelimit.fixedWindow(3, "10 s")],
  ] as const) {
    it(`@upstash/ratelimit ${name}: 3 allowed then blocked, across two instances`, async () => {
      const prefix = randomName(`rl_${name}`);
      // Two separate clients and limiters: the second one never ran EVAL itself.
      const first = new Ratelimit({
        redis: client(),
        limiter,
        prefix,
        ephemeralCache: false,
        analytics: false,
      });
      const second = new Ratelimit({
        redis: client(),
        limiter,
        prefix,
        ephemeralCache: false,
        analytics: false,
      });
      const before = endpoint.scriptStats();

      const a1 = await first.limit("user-1");
      // The script was unknown: EVALSHA answered NOSCRIPT, the client fell back to EVAL.
      const afterFirst = endpoint.scriptStats();
      expect(afterFirst.evalshaMisses - before.evalshaMisses).toBe(1);
      expect(afterFirst.evals - before.evals).toBe(1);

      const a2 = await first.limit("user-1");
      const b1 = await second.limit("user-1");
      const b2 = await second.limit("user-1");
      const a3 = await first.limit("user-1");
      expect([a1, a2, b1, b2, a3].map((result) => result.success)).toEqual([
        true,
        true,
        true,
        false,
        false,
      ]);
      expect(b1.remaining).toBe(0);

      // Every later call, from either instance, was an EVALSHA hit: no more NOSCRIPT / EVAL.
      const after = endpoint.scriptStats();
      expect(after.evalshaHits - afterFirst.evalshaHits).toBe(4);
      expect(after.evalshaMisses).toBe(afterFirst.evalshaMisses);
      expect(after.evals).toBe(afterFirst.evals);

      // Another identifier has its own budget.
      expect((await second.limit("user-2")).success).toBe(true);
    });
  }
});
