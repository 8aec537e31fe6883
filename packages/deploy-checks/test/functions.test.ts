import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import type { FunctionRules } from "../src/functions";
import {
  EDGE_PREFIXES,
  formatEdgeTable,
  readBuiltFunctions,
  REQUIRED_ROUTES,
  routeMatches,
  verifyFunctions,
} from "../src/functions";

/**
 * Each test builds a small `.vercel/output` the way `vercel build` lays it out: one
 * `<route>.func` folder per function with a `.vc-config.json`, symlinked `.rsc.func` aliases.
 */
let output: string;
beforeEach(async () => {
  output = await mkdtemp(join(tmpdir(), "deploy-checks-"));
});
afterEach(async () => {
  await rm(output, { recursive: true, force: true });
});

async function writeFunction(
  route: string,
  config: Record<string, unknown>,
  files: Record<string, string | Buffer> = { "index.js": "export default () => new Response()" },
) {
  const folder = join(output, "functions", `${route}.func`);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, ".vc-config.json"), JSON.stringify(config));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(folder, name)), { recursive: true });
    await writeFile(join(folder, name), content);
  }
}

async function writeAlias(route: string, target: string) {
  const path = join(output, "functions", `${route}.func`);
  await mkdir(dirname(path), { recursive: true });
  await symlink(`${target.split("/").pop() ?? target}.func`, path);
}

const edge = { runtime: "edge", entrypoint: "index.js", regions: ["iad1"] };
const node = { runtime: "nodejs22.x", handler: "index.js" };

/** The functions the web app builds today, in the shape the real output has. */
async function writeHealthyOutput() {
  await writeFunction("api/trpc/[trpc]", edge);
  await writeAlias("api/trpc/[trpc].rsc", "api/trpc/[trpc]");
  await writeFunction("api/auth/[...nextauth]", edge);
  await writeFunction("_not-found", node, { "index.js": "module.exports = {}" });
  await writeAlias("index", "_not-found");
}

const rules: FunctionRules = {
  edgePrefixes: EDGE_PREFIXES,
  requiredRoutes: REQUIRED_ROUTES,
  cronPaths: [],
  regions: ["iad1"],
  edgeBudgetBytes: 350_000,
};

describe("readBuiltFunctions", () => {
  it("lists function folders with their runtime, regions and aliases", async () => {
    await writeHealthyOutput();
    const functions = await readBuiltFunctions(output);
    expect(functions.map((fn) => [fn.route, fn.runtime, fn.regions, fn.aliases])).toEqual([
      ["_not-found", "nodejs22.x", undefined, ["index"]],
      ["api/auth/[...nextauth]", "edge", ["iad1"], []],
      ["api/trpc/[trpc]", "edge", ["iad1"], ["api/trpc/[trpc].rsc"]],
    ]);
  });

  it("counts every file's gzip size but source maps and .vc-config.json", async () => {
    const code = "const answer = 42;\n".repeat(2000);
    await writeFunction("api/trpc/[trpc]", edge, {
      "index.js": code,
      "chunks/extra.js": code,
      "index.js.map": JSON.stringify({ mappings: "A".repeat(50_000) }),
    });
    const [fn] = await readBuiltFunctions(output);
    expect(fn?.files.map((file) => file.path).sort()).toEqual(["chunks/extra.js", "index.js"]);
    expect(fn?.files.every((file) => file.bytes === code.length)).toBe(true);
    expect(fn?.gzipBytes).toBe((fn?.files[0]?.gzipBytes ?? 0) * 2);
    expect(fn?.gzipBytes).toBeLessThan(code.length / 10);
    expect(fn?.sourceMapGzipBytes).toBeGreaterThan(0);
  });
});

describe("verifyFunctions", () => {
  it("passes the output the web app builds today", async () => {
    await writeHealthyOutput();
    expect(verifyFunctions(await readBuiltFunctions(output), rules)).toEqual([]);
  });

  it("fails an API route that runs on Node.js", async () => {
    await writeHealthyOutput();
    await writeFunction("api/auth/[...nextauth]", node);
    expect(verifyFunctions(await readBuiltFunctions(output), rules)).toEqual([
      'api/auth/[...nextauth]: runtime is "nodejs22.x", must be "edge"',
    ]);
  });

  it("fails a cron route that runs on Node.js, and a cron nothing serves", async () => {
    await writeHealthyOutput();
    await writeFunction("api/cron/expire-orders", node);
    const problems = verifyFunctions(await readBuiltFunctions(output), {
      ...rules,
      cronPaths: ["/api/cron/expire-orders", "/api/cron/send-receipts"],
    });
    expect(problems).toEqual([
      "cron /api/cron/send-receipts: no function serves this path",
      'api/cron/expire-orders: runtime is "nodejs22.x", must be "edge"',
    ]);
  });

  it("accepts crons served by a dynamic route", async () => {
    await writeHealthyOutput();
    await writeFunction("api/cron/[job]", edge);
    const problems = verifyFunctions(await readBuiltFunctions(output), {
      ...rules,
      cronPaths: ["/api/cron/expire-orders"],
    });
    expect(problems).toEqual([]);
  });

  it("fails when a required route is missing (renamed or deleted)", async () => {
    await writeFunction("api/trpc/[trpc]", edge);
    expect(verifyFunctions(await readBuiltFunctions(output), rules)).toEqual([
      "api/auth/[...nextauth]: no such function in the build output",
    ]);
  });

  it("fails an edge API function that is not pinned next to the database", async () => {
    await writeHealthyOutput();
    await writeFunction("api/trpc/[trpc]", { runtime: "edge", entrypoint: "index.js" });
    await writeFunction("api/auth/[...nextauth]", { ...edge, regions: ["fra1"] });
    const problems = verifyFunctions(await readBuiltFunctions(output), rules);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^api\/auth\/\[\.\.\.nextauth\]: regions \["fra1"\] differ/);
    expect(problems[1]).toMatch(/^api\/trpc\/\[trpc\]: regions "global" differ.*preferredRegion/);
  });

  it("fails an edge function over the gzip budget, counting all its files", async () => {
    await writeHealthyOutput();
    // Random bytes do not compress: 2 × 200 kB stays ≈ 400 kB gzipped.
    await writeFunction("api/trpc/[trpc]", edge, {
      "index.js": randomBytes(200_000),
      "wasm/neon.wasm": randomBytes(200_000),
    });
    const problems = verifyFunctions(await readBuiltFunctions(output), rules);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^api\/trpc\/\[trpc\]: 40\d\.\d kB gzipped exceeds the 350\.0 kB/);
  });

  it("does not hold Node.js functions to the edge budget", async () => {
    await writeHealthyOutput();
    await writeFunction("_not-found", node, { "index.js": randomBytes(400_000) });
    expect(verifyFunctions(await readBuiltFunctions(output), rules)).toEqual([]);
  });
});

describe("formatEdgeTable", () => {
  it("prints one row per edge function with size, share of budget and regions", async () => {
    await writeHealthyOutput();
    const table = formatEdgeTable(await readBuiltFunctions(output), 350_000).split("\n");
    expect(table[0]).toMatch(/^edge function\s+gzip\s+of budget/);
    expect(table).toHaveLength(4);
    expect(table[2]).toMatch(
      /^api\/auth\/\[\.\.\.nextauth\]\s+0\.\d kB\s+0%\s+1 .* iad1\s+index\.js$/,
    );
    expect(table.join("\n")).not.toContain("_not-found");
  });
});

describe("routeMatches", () => {
  it.each([
    ["api/cron/expire-orders", "/api/cron/expire-orders", true],
    ["api/cron/expire-orders", "/api/cron/other", false],
    ["api/cron/[job]", "/api/cron/expire-orders", true],
    ["api/cron/[job]", "/api/cron/a/b", false],
    ["api/cron/[...path]", "/api/cron/a/b", true],
    ["api/cron/[...path]", "/api/cron", false],
    ["api/cron/[[...path]]", "/api/cron", true],
    ["api/trpc/[trpc]", "/api/cron/x", false],
  ])("%s serves %s: %s", (route, path, expected) => {
    expect(routeMatches(route, path)).toBe(expected);
  });
});
