/**
 * The JavaScript the home page and a restaurant page load (gzip, every `<script src>` of the
 * built app's HTML) stays within the 180 kB budget of ARCHITECTURE.md. The sizes are printed,
 * so a run shows how close each page is.
 */
import { describe, expect, inject, it } from "vitest";

import { formatPageJs, measurePageJs, pageJsBudgetBytes, scriptSources } from "../scripts/page-js";

const baseUrl = inject("appBaseUrl");

describe("page JavaScript", () => {
  it("reads script sources from HTML, without the nomodule polyfills", () => {
    expect(
      scriptSources(
        '<script src="/_next/a.js" async=""></script><script>inline()</script><script src="/_next/polyfills.js" noModule=""></script><script src="/_next/b.js?x=1&amp;y=2"></script><script src="/_next/a.js"></script>',
      ),
    ).toEqual(["/_next/a.js", "/_next/b.js?x=1&y=2"]);
  });

  async function expectWithinBudget(path: string) {
    const result = await measurePageJs(baseUrl, path);
    console.log(formatPageJs(result));
    expect(result.scripts.length).toBeGreaterThan(0);
    expect(result.totalGzipBytes).toBeLessThanOrEqual(pageJsBudgetBytes);
  }

  it("/ loads at most 180 kB of gzipped script", () => expectWithinBudget("/"));

  it("/r/la-tavola loads at most 180 kB of gzipped script", () =>
    expectWithinBudget("/r/la-tavola"));
});
