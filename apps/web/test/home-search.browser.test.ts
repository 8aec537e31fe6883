/**
 * Finding a restaurant on the home page in Debian's Chromium: search by name, a cuisine, open
 * now, and more restaurants loading as the diner scrolls. The filters live in the address, so
 * the server prefetches each result (no client waterfall) and a search can be shared.
 */
import type { Browser, Page } from "@playwright/test";
import { openingHours, restaurants } from "@dishpatch/db/schema";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { launchChromium, screenshot } from "./browser";
import { alwaysOpen } from "./dashboard-support";
import { withAppDatabase } from "./fresh-world";

const baseUrl = inject("appBaseUrl");
let browser: Browser;

/** A cuisine only this file's restaurants have: 14 of them, more than one page of 12. */
const cuisine = `Testine ${crypto.randomUUID().slice(0, 6)}`;
const names = Array.from(
  { length: 14 },
  (_, i) => `Scroll Diner ${String(i + 1).padStart(2, "0")}`,
);

beforeAll(async () => {
  browser = await launchChromium();
  await withAppDatabase(async (db) => {
    await db.insert(restaurants).values(
      names.map((name) => ({
        slug: `${name.toLowerCase().replaceAll(" ", "-")}-${crypto.randomUUID().slice(0, 6)}`,
        name,
        cuisine,
        status: "active" as const,
      })),
    );
    // One restaurant open around the clock, so "open now" has something to show at any hour.
    const [open] = await db
      .insert(restaurants)
      .values({
        slug: `always-open-${crypto.randomUUID().slice(0, 6)}`,
        name: "Always Open Diner",
        cuisine: "Diner",
        status: "active",
      })
      .returning({ id: restaurants.id });
    if (!open) throw new Error("not inserted");
    await db.insert(openingHours).values(alwaysOpen.map((h) => ({ ...h, restaurantId: open.id })));
  });
});
afterAll(async () => {
  await browser.close();
});

const list = (page: Page) => page.getByRole("list", { name: "Restaurants" });
const shownNames = (page: Page) => list(page).getByRole("heading").allTextContents();

describe("finding a restaurant", () => {
  it("searches by name from the form, and the address keeps the search", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(baseUrl);
    await page.getByLabel("Search restaurants").fill("tavola");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/[?&]q=tavola/);
    await expect.poll(() => shownNames(page)).toEqual(["La Tavola"]);
    await expect
      .poll(() => page.getByRole("heading", { name: "Matching restaurants" }).count())
      .toBe(1);
    await screenshot(page, "home-search-390");

    // Opened from a shared link, the same search arrives rendered by the server.
    const html = await (await fetch(`${baseUrl}/?q=tavola`)).text();
    expect(html).toContain("La Tavola");
    expect(html).not.toContain("Tokyo Ramen Bar");
    await page.close();
  });

  it("shows the restaurants in the page's first HTML, before any script runs", async () => {
    // Without JavaScript, content the server streamed after the first HTML would stay hidden:
    // the list must be part of the page itself, with the skeleton never shown.
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/?cuisine=${encodeURIComponent(cuisine)}`);
    expect(await shownNames(page)).toEqual(names.slice(0, 12));
    expect(await page.getByLabel("Loading restaurants").count()).toBe(0);
    await context.close();
  });

  it("applies a cuisine as soon as it is chosen, and says when nothing matches", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(baseUrl);
    await page.getByLabel("Cuisine").selectOption("Japanese");
    await page.waitForURL(/cuisine=Japanese/);
    await expect.poll(() => shownNames(page)).toEqual(["Tokyo Ramen Bar"]);

    await page.getByLabel("Search restaurants").fill("no such kitchen anywhere");
    await page.getByLabel("Search restaurants").press("Enter");
    await expect.poll(() => page.getByText("No restaurants match this search.").count()).toBe(1);
    await page.getByRole("link", { name: "Show all restaurants" }).click();
    await page.waitForURL(`${baseUrl}/`);
    // Unfiltered again: a full first page (the ten seeded restaurants at least; which ones come
    // first depends on the hour, since open restaurants are listed first).
    await expect.poll(async () => (await shownNames(page)).length).toBeGreaterThanOrEqual(10);
    await page.close();
  });

  it("narrows to the restaurants open now", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/?cuisine=${encodeURIComponent(cuisine)}`);
    await expect.poll(async () => (await shownNames(page)).length).toBe(12);
    // None of this file's restaurants has opening hours: all closed.
    await page.getByLabel("Open now").check();
    await page.waitForURL(/open=1/);
    await expect.poll(() => page.getByText("No restaurants match this search.").count()).toBe(1);

    // Across all cuisines, every card shown says it is open.
    await page.goto(`${baseUrl}/?open=1`);
    const badges = await list(page)
      .getByText(/^(Open|Closed)$/)
      .allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.every((badge) => badge === "Open")).toBe(true);
    await page.close();
  });

  it("loads the next page as the diner scrolls, without repeats", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/?cuisine=${encodeURIComponent(cuisine)}`);
    await expect.poll(async () => (await shownNames(page)).length).toBe(12);
    await page.getByRole("button", { name: "Show more restaurants" }).scrollIntoViewIfNeeded();
    await expect.poll(() => shownNames(page)).toEqual(names);
    // The last page says so: no button left.
    expect(await page.getByRole("button", { name: "Show more restaurants" }).count()).toBe(0);
    await page.close();
  });

  it("says when the next page fails, and loads it on Try again", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    // The first page comes with the HTML; only the next page's API call is cut off, until told.
    let failing = true;
    await page.route(/\/api\/trpc\/[^?]*restaurant\.list/, (route) =>
      failing ? route.abort() : route.continue(),
    );
    await page.goto(`${baseUrl}/?cuisine=${encodeURIComponent(cuisine)}`);
    await expect.poll(async () => (await shownNames(page)).length).toBe(12);
    await page.getByRole("button", { name: "Show more restaurants" }).scrollIntoViewIfNeeded();
    // The client retries three times (1 + 2 + 4 s) before it gives up on the page.
    await expect
      .poll(() =>
        page.getByRole("alert").getByText("More restaurants could not be loaded.").count(),
      )
      .toBe(1);
    expect(await shownNames(page)).toEqual(names.slice(0, 12));

    failing = false;
    await page.getByRole("button", { name: "Try again" }).click();
    await expect.poll(() => shownNames(page)).toEqual(names);
    expect(await page.getByText("More restaurants could not be loaded.").count()).toBe(0);
    await page.close();
  });
});
