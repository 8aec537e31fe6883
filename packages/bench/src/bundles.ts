import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

import { EDGE_BUDGET_BYTES, kB, readBuiltFunctions } from "@dishpatch/deploy-checks/functions";
import { repoRoot } from "@dishpatch/deploy-checks/paths";
import { measurePageJs, pageJsBudgetBytes } from "@dishpatch/web/scripts/page-js";

import type { Figure } from "./figures";
import { saveResult } from "./results";

const gzipAsync = promisify(gzip);
const gzipSize = async (content: Uint8Array) => (await gzipAsync(content, { level: 9 })).length;

const webDir = join(repoRoot, "apps", "web");
const vercelOutput = join(repoRoot, ".vercel", "output");

/**
 * Each edge function, gzip. When `pnpm check:deploy` has run, its `vercel build` output is what
 * Vercel deploys and is measured with deploy-checks' own reader; otherwise the `next build`
 * output: the files .next/server/middleware-manifest.json lists for each edge function.
 */
export async function edgeFunctionFigures(): Promise<Figure[]> {
  const section = "Edge functions (gzip)";
  if (existsSync(join(vercelOutput, "functions"))) {
    const functions = (await readBuiltFunctions(vercelOutput)).filter((f) => f.runtime === "edge");
    return functions.map((fn) => ({
      section,
      name: `${fn.route} (vercel build output)`,
      value: kB(fn.gzipBytes),
      budget: `≤ ${kB(EDGE_BUDGET_BYTES)}`,
      pass: fn.gzipBytes <= EDGE_BUDGET_BYTES,
    }));
  }
  const manifest = JSON.parse(
    await readFile(join(webDir, ".next", "server", "middleware-manifest.json"), "utf8"),
  ) as { functions?: Record<string, { files?: string[] }> };
  const figures: Figure[] = [];
  for (const [route, fn] of Object.entries(manifest.functions ?? {})) {
    let bytes = 0;
    for (const file of fn.files ?? [])
      bytes += await gzipSize(await readFile(join(webDir, ".next", file)));
    figures.push({
      section,
      name: `${route} (next build output)`,
      value: kB(bytes),
      budget: `≤ ${kB(EDGE_BUDGET_BYTES)}`,
      pass: bytes <= EDGE_BUDGET_BYTES,
    });
  }
  return figures.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The JavaScript a page loads, measured by the web app's own measurer (the one its page-js test
 * checks in CI): every script the page's HTML loads, each fetched once, gzip-9; `noModule`
 * polyfills excluded.
 */
export async function pageJsFigure(baseUrl: string, path: string): Promise<Figure> {
  const result = await measurePageJs(baseUrl, path);
  await saveResult(
    `page-js${path.replaceAll("/", "-")}.json`,
    Object.fromEntries(result.scripts.map((script) => [script.src, script.gzipBytes])),
  );
  return {
    section: "Page JavaScript (gzip)",
    name: `${path} (${result.scripts.length} scripts)`,
    value: kB(result.totalGzipBytes),
    budget: `≤ ${kB(pageJsBudgetBytes)}`,
    pass: result.totalGzipBytes <= pageJsBudgetBytes,
  };
}
