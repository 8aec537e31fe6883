/**
 * A diner's order history in Debian's Chromium, past its first page of 10: "Load more" adds
 * the older orders, and when that page cannot be loaded the diner is told and can try again.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import type { Kitchen, Person } from "./fresh-world";
import { launchChromium, screenshot } from "./browser";
import { apiAs, mobile, newPage, signInAt } from "./dashboard-support";
import { openKitchen, placePickupOrder, signUpPerson, withAppDatabase } from "./fresh-world";

let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];
let diner: Person;
let kitchen: Kitchen;
/** The order only the second page holds. */
let oldestOrderId: string;

beforeAll(async () => {
  browser = await launchChromium();
  diner = await signUpPerson("History Diner");
  const api = await apiAs(diner.email, diner.password);
  kitchen = await openKitchen(api, "History Bakery");
  // Checkout allows 10 orders a minute per person: place 10, then copy the first one a day
  // back in the database to make the eleventh, the one the second page holds.
  const placed: string[] = [];
  for (let i = 0; i < 10; i += 1) placed.push(await placePickupOrder(api, kitchen));
  oldestOrderId = await withAppDatabase(async (db) => {
    const { rows } = await db.$client.query<{ id: string }>(
      `insert into orders
       select (jsonb_populate_record(null::orders, to_jsonb(o) || jsonb_build_object(
         'id', gen_random_uuid()::text,
         'created_at', o.created_at - interval '1 day',
         'updated_at', o.updated_at - interval '1 day'))).*
       from orders o where o.id = $1
       returning id`,
      [placed[0]],
    );
    const id = rows[0]?.id ?? "";
    await db.$client.query(
      `insert into order_items (id, order_id, menu_item_id, name, unit_price, quantity, line_total)
       select gen_random_uuid()::text, $2, menu_item_id, name, unit_price, quantity, line_total
       from order_items where order_id = $1`,
      [placed[0], id],
    );
    return id;
  });
});
afterEach(() => {
  const seen = errors.splice(0);
  expect(seen).toEqual([]);
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser.close();
});

const orderLinks = (page: Page) =>
  page.getByRole("list", { name: "Orders" }).getByRole("link", { name: kitchen.name });

async function openHistory(): Promise<Page> {
  const page = await newPage(browser, contexts, errors, mobile);
  await signInAt(page, diner.email, "/orders", diner.password);
  await expect.poll(() => orderLinks(page).count()).toBe(10);
  expect(await page.locator(`a[href="/orders/${oldestOrderId}"]`).count()).toBe(0);
  return page;
}

describe("a diner's order history", { timeout: 90_000 }, () => {
  it("loads the older orders on Load more, then has no more to load", async () => {
    const page = await openHistory();
    await page.getByRole("button", { name: "Load more" }).click();
    await expect.poll(() => orderLinks(page).count()).toBe(11);
    expect(await page.locator(`a[href="/orders/${oldestOrderId}"]`).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Load more" }).count()).toBe(0);
    await screenshot(page, "order-history-all-390");
  });

  it("says when the older orders fail to load, and loads them on Try again", async () => {
    const page = await openHistory();
    // Only the next page's API call is cut off (the first came with the HTML), until told.
    let failing = true;
    await page.route(/\/api\/trpc\/[^?]*order\.listMine/, (route) =>
      failing ? route.abort() : route.continue(),
    );
    await page.getByRole("button", { name: "Load more" }).click();
    // The client retries three times (1 + 2 + 4 s) before it gives up on the page.
    await expect
      .poll(() => page.getByRole("alert").getByText("More orders could not be loaded.").count())
      .toBe(1);
    expect(await orderLinks(page).count()).toBe(10);
    await screenshot(page, "order-history-page-failed-390");

    failing = false;
    await page.getByRole("button", { name: "Try again" }).click();
    await expect.poll(() => orderLinks(page).count()).toBe(11);
    expect(await page.getByText("More orders could not be loaded.").count()).toBe(0);
  });
});
