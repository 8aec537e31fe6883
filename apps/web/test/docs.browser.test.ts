/** /docs/api in Debian's Chromium: readable at phone and desktop widths, schemas collapsible. */
import type { Browser } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { launchChromium, screenshot } from "./browser";

const baseUrl = inject("appBaseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe("API reference page", () => {
  it("fits a phone screen and opens an input schema from the keyboard", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/docs/api`, { waitUntil: "networkidle" });
    expect(await page.getByRole("heading", { level: 1, name: "API reference" }).count()).toBe(1);
    // Nothing wider than the screen: long paths and code scroll inside their blocks.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const entry = page.locator("#cart-quote");
    const summary = entry.getByText("Input (JSON Schema)");
    await summary.focus();
    await page.keyboard.press("Enter");
    expect(await entry.locator("details").getAttribute("open")).not.toBeNull();
    await entry.scrollIntoViewIfNeeded();
    await screenshot(page, "docs-api-mobile");
    // The full page is very long: also keep what a reader sees around the opened schema.
    await page.screenshot({
      path: new URL("../test-results/docs-api-mobile-viewport.png", import.meta.url).pathname,
    });
    await page.close();
  });

  it("groups procedures by router on desktop", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/docs/api`, { waitUntil: "networkidle" });
    const nav = page.getByRole("navigation", { name: "Routers" });
    expect(await nav.getByRole("link").count()).toBe(9);
    expect(await page.getByRole("heading", { level: 2 }).count()).toBe(9);
    await screenshot(page, "docs-api-desktop");
    await page.screenshot({
      path: new URL("../test-results/docs-api-desktop-viewport.png", import.meta.url).pathname,
    });
    await page.close();
  });
});
