/**
 * The domain modules must run wherever the API runs, edge included: bundled for a Web-only
 * platform (a Node built-in import fails the build) and evaluated in the edge-runtime sandbox,
 * they still answer DST questions with nothing but Intl, and price with BigInt.
 */
import { EdgeVM } from "@edge-runtime/vm";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

let vm: EdgeVM;

beforeAll(async () => {
  const result = await build({
    entryPoints: [new URL("../../src/domain/index.ts", import.meta.url).pathname],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "domain",
    platform: "browser",
    conditions: ["edge-light", "worker", "browser"],
    target: "es2022",
    logLevel: "silent",
  });
  vm = new EdgeVM();
  vm.evaluate(result.outputFiles[0]?.text ?? "");
}, 30_000);

describe("domain modules in an edge-runtime sandbox", () => {
  it("has no Node globals to lean on", () => {
    expect(vm.evaluate("typeof require")).toBe("undefined");
    expect(vm.evaluate("typeof Buffer")).toBe("undefined");
  });

  it("finds the New York spring-forward opening with Intl alone", () => {
    const next: unknown = vm.evaluate(`
      domain.nextOpeningAt(
        [{ weekday: 0, opens: "02:30", closes: "04:00" }],
        "America/New_York",
        new Date("2026-03-08T05:00:00Z"),
      ).toISOString()
    `);
    expect(next).toBe("2026-03-08T07:00:00.000Z");
  });

  it("rounds tax half-up with BigInt", () => {
    expect(vm.evaluate("domain.percentOf(400, 887.5)")).toBe(36);
  });
});
