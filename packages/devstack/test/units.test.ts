import { describe, expect, it } from "vitest";
import { jobNews } from "../src/cron-timer";
import { DelayQueue } from "../src/delay-queue";
import { ScriptRegistry, sha1Hex, toRunnableScript } from "../src/lua-scripts";
import { parseRelayTarget } from "../src/relay-target";
import { RespParser, encodeCommand } from "../src/resp";

describe("DelayQueue", () => {
  it("delays each item by the latency (not cumulatively) and keeps order when latency changes", async () => {
    let latency = 40;
    const delivered: { item: string; at: number }[] = [];
    const queue = new DelayQueue<string>(
      (item) => delivered.push({ item, at: performance.now() }),
      () => latency,
    );
    const start = performance.now();
    queue.push("a");
    queue.push("b");
    latency = 0; // "c" would be due at once, but must not overtake "a" and "b".
    queue.push("c");
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(delivered.map((d) => d.item)).toEqual(["a", "b", "c"]);
    for (const d of delivered) expect(d.at - start).toBeGreaterThanOrEqual(40);
    // A burst is delayed once, not once per item.
    expect((delivered[1]?.at ?? 0) - (delivered[0]?.at ?? 0)).toBeLessThan(30);
  });

  it("delivers immediately without latency, and runs end() after queued items", async () => {
    let latency = 0;
    const delivered: string[] = [];
    const queue = new DelayQueue<string>(
      (item) => delivered.push(item),
      () => latency,
    );
    queue.push("now");
    expect(delivered).toEqual(["now"]);
    latency = 10;
    queue.push("later");
    const ended = new Promise<void>((resolve) => {
      queue.end(resolve);
    });
    queue.push("dropped after end");
    await ended;
    expect(delivered).toEqual(["now", "later"]);
  });
});

describe("parseRelayTarget", () => {
  it("accepts loopback addresses the way the Neon driver formats them", () => {
    expect(parseRelayTarget("/v1?address=localhost:54329")).toEqual({
      host: "127.0.0.1",
      port: 54329,
    });
    expect(parseRelayTarget("/v1?address=127.0.0.2:5432")).toEqual({
      host: "127.0.0.2",
      port: 5432,
    });
    expect(parseRelayTarget("/v1?address=::1:5432")).toEqual({ host: "::1", port: 5432 });
    expect(parseRelayTarget("/v1?address=[::1]:5432")).toEqual({ host: "::1", port: 5432 });
  });

  it("refuses anything else", () => {
    for (const url of [
      "/v1?address=example.com:5432",
      "/v1?address=10.0.0.1:5432",
      "/v1?address=localhost.evil.com:5432",
      "/v1?address=localhost:0",
      "/v1?address=localhost",
      "/v1",
    ]) {
      expect(parseRelayTarget(url)).toHaveProperty("error");
    }
  });
});

describe("Lua scripts", () => {
  it("strips only the allow-key-locking shebang, keeping line numbers", () => {
    const script = "#!lua flags=allow-key-locking\nreturn 1";
    expect(toRunnableScript(script)).toBe("\nreturn 1");
    expect(toRunnableScript("#!lua flags=no-writes\nreturn 1")).toBe(
      "#!lua flags=no-writes\nreturn 1",
    );
    expect(toRunnableScript("return 1")).toBe("return 1");
    const registry = new ScriptRegistry();
    const entry = registry.remember(script);
    expect(entry.clientSha).toBe(sha1Hex(script));
    expect(registry.lookup(entry.clientSha.toUpperCase())).toBe(entry);
  });
});

describe("RESP", () => {
  it("encodes commands and parses replies split across chunks", () => {
    expect(encodeCommand(["SET", "k", "ü"]).toString()).toBe(
      "*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$2\r\nü\r\n",
    );
    const wire = Buffer.from("+OK\r\n:42\r\n$-1\r\n$5\r\nhello\r\n*2\r\n-ERR bad\r\n*-1\r\n");
    const parser = new RespParser();
    const replies = [];
    for (let i = 0; i < wire.length; i += 3) replies.push(...parser.feed(wire.subarray(i, i + 3)));
    expect(replies).toEqual([
      { kind: "simple", value: "OK" },
      { kind: "integer", value: 42 },
      { kind: "bulk", value: null },
      { kind: "bulk", value: Buffer.from("hello") },
      {
        kind: "array",
        items: [
          { kind: "error", message: "ERR bad" },
          { kind: "array", items: null },
        ],
      },
    ]);
  });
});

describe("jobNews (what the dev cron timer prints)", () => {
  it("reports a job's result only when it counted something", () => {
    const run = (result: unknown, durationMs = 47) =>
      JSON.stringify({ job: "j", result, durationMs });
    expect(jobNews(run({ expired: 0, skipped: 0 }))).toBeNull();
    expect(jobNews(run({ expired: 2, skipped: 0 }))).toBe('{"expired":2,"skipped":0}');
    expect(jobNews(run({ days: 84 }, 0))).toBe('{"days":84}');
    // The duration is not news, and neither is a body that is not a job report.
    expect(jobNews(run({ deleted: 0 }, 900))).toBeNull();
    expect(jobNews("Unauthorized")).toBeNull();
    expect(jobNews(JSON.stringify({ error: "x" }))).toBeNull();
  });
});
