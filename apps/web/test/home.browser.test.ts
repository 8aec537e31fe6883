/** The home page in Debian's Chromium: server-prefetched data, hydrated, no client waterfall. */
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

describe("home page", () => {
  it("shows the health status rendered on the server, with no API call on first load", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const apiCalls: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/trpc")) apiCalls.push(request.url());
    });
    const response = await page.goto(baseUrl, { waitUntil: "networkidle" });
    // The status is in the server's HTML, not fetched after hydration.
    expect(await response?.text()).toContain("All systems normal");
    await expect
      .poll(() => page.getByTestId("health-badge").textContent())
      .toContain("All systems normal");
    expect(await page.getByTestId("health-database").textContent()).toMatch(
      /reachable · [\d.]+ ms/,
    );
    // The seeded marketplace, prefetched with the page: ten active restaurants, or a full first
    // page of 12 once other test files have added theirs.
    const listed = page.getByRole("list", { name: "Restaurants" });
    expect(await listed.getByRole("listitem").count()).toBeGreaterThanOrEqual(10);
    await screenshot(page, "home-mobile");

    // Active restaurants only, prices in the restaurant's currency. Found by name: which ones
    // make the first page depends on the time of day (open restaurants come first) and on the
    // restaurants other test files added.
    await page.goto(`${baseUrl}/?q=ramen`, { waitUntil: "networkidle" });
    expect(await listed.getByRole("heading", { name: "Tokyo Ramen Bar" }).count()).toBe(1);
    expect(await listed.getByText("Delivery ¥300 · Minimum ¥1,500").count()).toBe(1);
    await page.goto(`${baseUrl}/?q=seoul`, { waitUntil: "networkidle" });
    expect(await page.getByText("No restaurants match this search.").count()).toBe(1);
    expect(await page.getByText("Seoul Kitchen").count()).toBe(0);
    expect(apiCalls).toEqual([]);
    await page.close();
  });

  it("gives a visitor abroad the server's page unchanged, and the check time in their own zone", async () => {
    const context = await browser.newContext({ timezoneId: "Asia/Tokyo", locale: "de-DE" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    const response = await page.goto(baseUrl, { waitUntil: "networkidle" });
    // The server cannot know the zone: its HTML says which one it used.
    expect(await response?.text()).toMatch(/Checked at<\/dt><dd><time [^>]*>[^<]+ UTC</);
    const checked = page.locator("time").filter({ hasText: /\d:\d\d:\d\d/ });
    const at = new Date((await checked.getAttribute("datetime")) ?? "");
    const tokyo = new Intl.DateTimeFormat("de-DE", { timeStyle: "medium", timeZone: "Asia/Tokyo" });
    await expect.poll(() => checked.textContent()).toBe(tokyo.format(at));
    // Prices stay in the interface's English, as the server wrote them.
    await page.goto(`${baseUrl}/r/la-tavola`, { waitUntil: "networkidle" });
    expect(await page.getByText(/^\$\d+\.\d\d$/).count()).toBeGreaterThan(0);
    // Any text the browser would have written differently from the server is an error here.
    expect(errors).toEqual([]);
    await context.close();
  });

  it("re-checks through the client when asked, after hydration", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(baseUrl, { waitUntil: "networkidle" });
    const apiResponse = page.waitForResponse((r) => r.url().includes("/api/trpc/health.check"));
    await page.getByRole("button", { name: "Check again" }).click();
    const res = await apiResponse;
    expect(res.status()).toBe(200);
    await expect
      .poll(() => page.getByRole("button", { name: "Check again" }).isEnabled())
      .toBe(true);
    await screenshot(page, "home-desktop");
    await page.close();
  });

  it("offers a skip link as the first keyboard stop", async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.close();
  });

  it("answers an unknown page with a helpful 404", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl}/no-such-page`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("couldn't find");
    await page.close();
  });
});
