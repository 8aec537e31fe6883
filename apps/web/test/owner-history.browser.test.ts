/**
 * Three gaps a restaurant owner hit, in Debian's Chromium with fresh accounts: finding a
 * finished order in the order history (page 2, then the status filter) and refunding part of
 * it; an applicant building menu and hours while the restaurant awaits approval (unseen by
 * diners until then); and the promo page on a phone, where the new-code form is one tap away.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import type { Browserless } from "./http-client";
import type { OwnedRestaurant, Person } from "./owner-support";
import { launchChromium, screenshot } from "./browser";
import { baseUrl, desktop, mobile, mutate, newPage, queryWith } from "./dashboard-support";
import {
  addMember,
  appDatabase,
  clientOf,
  liveRestaurantOf,
  signInOnPage,
  signUp,
  sqlRows,
} from "./owner-support";

let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];
let owner: Person;
let ownerApi: Browserless;
let restaurant: OwnedRestaurant;
let ownerPage: Page;
/** Oldest first. */
const orderIds: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  owner = await signUp("owner");
  ownerApi = await clientOf(owner);
  restaurant = await liveRestaurantOf(ownerApi);
  // 21 orders: one more than a page. Three diners, as checkout allows 10 a minute per person.
  const diners = await Promise.all(
    ["diner", "diner", "diner"].map(async (l) => clientOf(await signUp(l))),
  );
  for (const diner of diners) {
    for (let i = 0; i < 7; i += 1) {
      const { orderId } = await mutate<{ orderId: string }>(diner, "order.place", {
        restaurantId: restaurant.id,
        lines: [{ itemId: restaurant.itemId, quantity: 1, optionIds: [] }],
        fulfillment: "pickup",
        idempotencyKey: `history-${crypto.randomUUID()}`,
      });
      orderIds.push(orderId);
    }
  }
  // The oldest order was collected last night: it sits on the second page.
  for (const to of ["accepted", "preparing", "ready", "picked_up"]) {
    await mutate(ownerApi, "merchant.transition", {
      restaurantId: restaurant.id,
      orderId: orderIds[0],
      to,
      ...(to === "accepted" ? { prepMinutes: 10 } : {}),
    });
  }
  ownerPage = await newPage(browser, contexts, errors);
  await signInOnPage(ownerPage, owner, "/dashboard");
});
afterEach(() => {
  const seen = errors.splice(0);
  expect(seen).toEqual([]);
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser.close();
  await appDatabase.end();
});

const historyRows = (page: Page) => page.getByTestId("history-order");

describe("order history", { timeout: 90_000 }, () => {
  it("an owner opens Orders, finds a picked-up order on page two, and refunds part of it", async () => {
    const page = ownerPage;
    // The queue holds a live stream (never network-idle): wait for the link, not the network.
    await page.goto(`${baseUrl}/dashboard/${restaurant.id}`);
    const manage = page.getByRole("navigation", { name: "Manage restaurant" });
    await manage.getByRole("link", { name: "Order history" }).click();
    await page.waitForURL(`${baseUrl}/dashboard/${restaurant.id}/orders`);
    await page.getByRole("heading", { name: "Order history" }).waitFor();
    await expect.poll(() => historyRows(page).count()).toBe(20);

    // Newest first: the last order placed leads, the oldest is not on the first page.
    const newest = (orderIds.at(-1) ?? "").slice(-6).toUpperCase();
    expect(await historyRows(page).first().textContent()).toContain(`#${newest}`);
    const oldest = `#${(orderIds[0] ?? "").slice(-6).toUpperCase()}`;
    expect(await historyRows(page).filter({ hasText: oldest }).count()).toBe(0);
    // Times in the restaurant's zone (America/New_York), as the order page shows them.
    const placedAt = await historyRows(page).first().locator("time").getAttribute("datetime");
    const zoned = new Intl.DateTimeFormat("en", {
      timeZone: "America/New_York",
      dateStyle: "medium",
      timeStyle: "short",
      hourCycle: "h23",
    }).format(new Date(placedAt ?? ""));
    expect(await historyRows(page).first().locator("time").textContent()).toBe(zoned);
    await screenshot(page, "owner-history-desktop");

    await page.getByRole("button", { name: "Load more" }).click();
    await expect.poll(() => historyRows(page).count()).toBe(21);
    expect(await page.getByRole("button", { name: "Load more" }).count()).toBe(0);
    const collected = historyRows(page).filter({ hasText: oldest });
    expect(await collected.textContent()).toContain("Picked up");
    const ids = await historyRows(page).evaluateAll((links) =>
      links.map((link) => link.getAttribute("href")?.split("/").at(-1)),
    );
    expect(ids).toEqual([...orderIds].reverse());

    await collected.click();
    await page.waitForURL(`${baseUrl}/dashboard/${restaurant.id}/orders/${orderIds[0]}`);
    const balance = page.getByTestId("refundable-balance");
    await balance.waitFor();
    expect(await balance.textContent()).toBe("$20.00");
    await page.getByLabel("Amount (USD)").fill("5");
    await page.getByLabel("Reason").fill("Forgot the bread");
    await page.getByRole("button", { name: "Refund", exact: true }).click();
    await expect.poll(() => balance.textContent()).toBe("$15.00");
    const ledger = await sqlRows<{ kind: string; amount: number }>(
      "select kind, amount from payments where order_id = $1 order by created_at, id",
      [orderIds[0]],
    );
    expect(ledger).toEqual([
      { kind: "charge", amount: 2000 },
      { kind: "refund", amount: 500 },
    ]);

    // Back on the history, filtered to completed orders (the filter lives in the address).
    await page.setViewportSize(mobile);
    await page.goto(`${baseUrl}/dashboard/${restaurant.id}/orders`, { waitUntil: "networkidle" });
    await page.getByLabel("Status").selectOption("completed");
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await page.waitForURL(`${baseUrl}/dashboard/${restaurant.id}/orders?status=completed`);
    await expect.poll(() => historyRows(page).count()).toBe(1);
    expect(await historyRows(page).first().textContent()).toContain("$5.00 refunded");
    await screenshot(page, "owner-history-completed-mobile");
    await page.reload({ waitUntil: "networkidle" });
    expect(await historyRows(page).count()).toBe(1);
    expect(await page.getByLabel("Status").inputValue()).toBe("completed");
    await page.setViewportSize(desktop);
  });

  it("staff see the history too, and the refund stays the owner's", async () => {
    const staff = await signUp("staff");
    await addMember(staff, restaurant.id, "staff");
    const page = await newPage(browser, contexts, errors, mobile);
    await signInOnPage(page, staff, `/dashboard/${restaurant.id}/orders?status=picked_up`);
    await expect.poll(() => historyRows(page).count()).toBe(1);
    await historyRows(page).first().click();
    await page.waitForURL(`${baseUrl}/dashboard/${restaurant.id}/orders/${orderIds[0]}`);
    await page.getByText("Only owners can refund orders.").waitFor();
    expect(await page.getByRole("button", { name: "Refund", exact: true }).count()).toBe(0);
  });

  it("refuses people who are not members of the restaurant", async () => {
    const stranger = await signUp("stranger");
    const page = await newPage(browser, contexts, errors, mobile);
    await signInOnPage(page, stranger, `/dashboard/${restaurant.id}/orders`);
    await page.getByRole("heading", { name: "You can't open this page" }).waitFor();
    expect(await historyRows(page).count()).toBe(0);
  });
});

describe("a pending restaurant", { timeout: 90_000 }, () => {
  it("an applicant adds a category, an item and hours before approval; diners see it after", async () => {
    const applicant = await signUp("applicant");
    const api = await clientOf(applicant);
    const slug = `pending-${crypto.randomUUID().slice(0, 8)}`;
    const { id } = await mutate<{ id: string; status: string }>(api, "restaurant.create", {
      name: `Pending Bistro ${slug.slice(-4)}`,
      slug,
      cuisine: "French",
      currency: "USD",
      timeZone: "Europe/Paris",
    });
    const page = await newPage(browser, contexts, errors);
    await signInOnPage(page, applicant, `/dashboard/${id}/menu`);
    await page.getByText("waiting for an admin's approval").waitFor();

    await page.getByLabel("New category").fill("Starters");
    await page.getByRole("button", { name: "Add category" }).click();
    await page.getByTestId("toast").filter({ hasText: "Added “Starters”." }).waitFor();
    await page.getByRole("button", { name: "Add an item to Starters" }).click();
    const add = page.getByRole("form", { name: "Add an item" });
    await add.getByLabel("Item name").fill("Soupe à l'oignon");
    await add.getByLabel("Price (USD)").fill("9.5");
    await add.getByRole("button", { name: "Add item" }).click();
    await page.getByTestId("toast").filter({ hasText: "Added “Soupe à l'oignon”." }).waitFor();
    await screenshot(page, "pending-menu-desktop");
    await page.setViewportSize(mobile);
    await screenshot(page, "pending-menu-mobile");

    await page.goto(`${baseUrl}/dashboard/${id}/hours`, { waitUntil: "networkidle" });
    await page.getByText("Europe/Paris").waitFor();
    await page.getByRole("button", { name: "Add hours on Friday" }).click();
    await page.getByLabel("Friday opens").fill("18:00");
    await page.getByLabel("Friday closes").fill("23:00");
    await page.getByRole("button", { name: "Save hours" }).click();
    await page.getByTestId("toast").filter({ hasText: "Opening hours saved." }).waitFor();
    await screenshot(page, "pending-hours-mobile");
    await page.setViewportSize(desktop);
    await screenshot(page, "pending-hours-desktop");

    await page.goto(`${baseUrl}/dashboard/${id}/settings`, { waitUntil: "networkidle" });
    expect(await page.getByLabel("Name", { exact: true }).inputValue()).toBe(
      `Pending Bistro ${slug.slice(-4)}`,
    );
    await screenshot(page, "pending-settings-desktop");
    await page.setViewportSize(mobile);
    await screenshot(page, "pending-settings-mobile");
    await page.setViewportSize(desktop);

    // Stored, but nobody outside sees it while it is pending.
    const rows = await sqlRows<{ name: string; price: number }>(
      "select name, price from menu_items where restaurant_id = $1",
      [id],
    );
    expect(rows).toEqual([{ name: "Soupe à l'oignon", price: 950 }]);
    const hours = await sqlRows<{ weekday: number }>(
      "select weekday from opening_hours where restaurant_id = $1",
      [id],
    );
    expect(hours).toEqual([{ weekday: 5 }]);
    expect((await fetch(`${baseUrl}/r/${slug}`)).status).toBe(404);

    // Approved (the admin flow is the admin tests' business): the menu is public at once.
    await sqlRows("update restaurants set status = 'active' where id = $1", [id]);
    const seen = await queryWith<{ categories: { items: { name: string }[] }[] }>(
      api,
      "restaurant.bySlug",
      { slug },
    );
    expect(seen.categories.flatMap((c) => c.items.map((i) => i.name))).toEqual([
      "Soupe à l'oignon",
    ]);
    const diner = await newPage(browser, contexts, errors, mobile);
    await diner.goto(`${baseUrl}/r/${slug}`, { waitUntil: "networkidle" });
    await diner.getByText("Soupe à l'oignon").first().waitFor();
  });
});

describe("promo codes on a phone", { timeout: 60_000 }, () => {
  it("offer the new-code form from the top of the page", async () => {
    // A few codes, as a restaurant that has been running a while has.
    for (const percent of [10, 15, 20, 25]) {
      await mutate(ownerApi, "promo.create", {
        restaurantId: restaurant.id,
        code: `SPRING${percent}-${crypto.randomUUID().slice(0, 4).toUpperCase()}`,
        rules: {
          discount: { kind: "percent", basisPoints: percent * 100 },
          minimumSubtotal: 0,
          startsAt: null,
          endsAt: null,
          maxUses: null,
          maxUsesPerCustomer: null,
        },
      });
    }
    const page = ownerPage;
    await page.setViewportSize(mobile);
    await page.goto(`${baseUrl}/dashboard/${restaurant.id}/promos`, { waitUntil: "networkidle" });
    const jump = page.getByRole("link", { name: "New promo code" });
    const heading = page.getByRole("heading", { name: "New promo code" });
    // On screen at once, while the form itself starts below the fold.
    expect((await jump.boundingBox())?.y).toBeLessThan(mobile.height);
    expect((await heading.boundingBox())?.y).toBeGreaterThan(mobile.height);
    await screenshot(page, "owner-promos-top-mobile");
    await jump.click();
    await page.waitForURL(/#new-promo$/);
    await expect.poll(() => heading.isVisible()).toBe(true);
    const box = await heading.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect(box?.y).toBeLessThan(mobile.height);
    // The next Tab lands in the form.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("code");

    await page.setViewportSize(desktop);
    expect(await jump.isVisible()).toBe(false);
    await screenshot(page, "owner-promos-top-desktop");
  });
});
