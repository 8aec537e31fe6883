/**
 * How much JavaScript a page makes the browser download before it is interactive: the gzip
 * size of every `<script src>` the page's HTML references (Next's framework, app and page
 * chunks), fetched from a running production build. Budget (ARCHITECTURE.md): ≤ 180 kB on `/`
 * and on a restaurant page.
 *
 *   pnpm --filter @dishpatch/web build && pnpm --filter @dishpatch/web start   # elsewhere
 *   pnpm --filter @dishpatch/web page-js [baseUrl] [path…]
 *
 * Uses only fetch and zlib, so the web tests import it and check the budget on the built app.
 */
import { gzipSync } from "node:zlib";

/** 180 kB, in the repository's unit: 1 kB = 1000 bytes (as deploy-checks and the bench report). */
export const pageJsBudgetBytes = 180_000;

export interface PageJs {
  path: string;
  scripts: { src: string; bytes: number; gzipBytes: number }[];
  totalBytes: number;
  totalGzipBytes: number;
}

/**
 * The `src` of every script tag in the HTML, in document order, without repeats. `nomodule`
 * scripts (Next's polyfills for browsers without ES modules) are left out: every browser we
 * support skips them without downloading.
 */
export function scriptSources(html: string): string[] {
  const sources = [...html.matchAll(/<script\b([^>]*)>/g)].flatMap((match) => {
    const attributes = match[1] ?? "";
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (!src || /\bnomodule\b/i.test(attributes)) return [];
    return [src.replaceAll("&amp;", "&")];
  });
  return [...new Set(sources)];
}

export async function measurePageJs(baseUrl: string, path: string): Promise<PageJs> {
  const page = await fetch(new URL(path, baseUrl));
  if (!page.ok) throw new Error(`${path} answered ${String(page.status)}`);
  const scripts = await Promise.all(
    scriptSources(await page.text()).map(async (src) => {
      const res = await fetch(new URL(src, baseUrl));
      if (!res.ok) throw new Error(`${src} answered ${String(res.status)}`);
      const body = new Uint8Array(await res.arrayBuffer());
      return { src, bytes: body.byteLength, gzipBytes: gzipSync(body, { level: 9 }).byteLength };
    }),
  );
  return {
    path,
    scripts,
    totalBytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
    totalGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
  };
}

export function formatPageJs(result: PageJs): string {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const verdict = result.totalGzipBytes <= pageJsBudgetBytes ? "within" : "OVER";
  return [
    `${result.path}: ${kB(result.totalGzipBytes)} gzip (${kB(result.totalBytes)} raw) in ${String(result.scripts.length)} scripts, ${verdict} the ${kB(pageJsBudgetBytes)} budget`,
    ...[...result.scripts]
      .sort((a, b) => b.gzipBytes - a.gzipBytes)
      .map((script) => `  ${kB(script.gzipBytes).padStart(9)}  ${script.src}`),
  ].join("\n");
}

async function main(args: string[]) {
  const [baseUrl = "http://127.0.0.1:3000", ...paths] = args;
  let over = false;
  for (const path of paths.length > 0 ? paths : ["/", "/r/la-tavola"]) {
    const result = await measurePageJs(baseUrl, path);
    console.log(formatPageJs(result));
    over ||= result.totalGzipBytes > pageJsBudgetBytes;
  }
  if (over) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) await main(process.argv.slice(2));
