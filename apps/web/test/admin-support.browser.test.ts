/**
 * Support work in the admin area, in Debian's Chromium, as a fresh administrator (signed up here
 * and made admin in the database; the seeded admin@ has a sign-in budget other files use). An
 * order found on /admin/orders opens as a read-only view (no cancel, no review); the admin pages
 * are photographed at 390 and 1280 px; and the audit log pages back through older entries.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import type { Kitchen, Person } from "./fresh-world";
import { launchChromium, screenshot } from "./browser";
import { apiAs, baseUrl, desktop, mobile, newPage, signInAt } from "./dashboard-support";
import {
  makeAdmin,
  openKitchen,
  placePickupOrder,
  signUpPerson,
  withAppDatabase,
} from "./fresh-world";

let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];
let admin: Person;
let diner: Person;
let kitchen: Kitchen;
let orderId: string;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  admin = await signUpPerson("Support Admin");
  await makeAdmin(admin.email);
  const owner = await signUpPerson("Loaf Owner");
  kitchen = await openKitchen(await apiAs(owner.email, owner.password), "Loaf Lane");
  diner = await signUpPerson("Hungry Diner");
  orderId = await placePickupOrder(await apiAs(diner.email, diner.password), kitchen);
  // One sign-in for the whole file: every test continues in this page.
  page = await newPage(browser, contexts, errors);
  await signInAt(page, admin.email, "/admin/orders", admin.password);
});
afterEach(() => {
  // Drained in place: pages made in beforeAll keep pushing to this same array.
  expect(errors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser.close();
});

describe("admin order view", () => {
  it("opens an order from the list: status, items, names, and no diner actions", async () => {
    await page.setViewportSize(desktop);
    await page.goto(`${baseUrl}/admin/orders?restaurant=${kitchen.id}`, {
      waitUntil: "networkidle",
    });
    const rows = page.getByTestId("admin-order");
    expect(await rows.count()).toBe(1);
    await rows.first().getByRole("link", { name: kitchen.name }).click();
    await page.waitForURL(`${baseUrl}/orders/${orderId}`);

    // The order page keeps a live stream open (never network-idle): wait for its content.
    const status = page.getByTestId("order-status");
    await status.waitFor();
    expect(await status.textContent()).toBe("Placed");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Order");
    expect(await page.getByRole("list", { name: "Items" }).textContent()).toContain(
      `2 × ${kitchen.itemName}`,
    );
    expect(await page.getByTestId("order-customer").textContent()).toBe(`Customer: ${diner.name}`);
    expect(await page.getByRole("main").textContent()).toContain(kitchen.name);
    // A placed order is cancellable by its diner; the admin is not offered it.
    expect(await page.getByRole("button", { name: "Cancel order" }).count()).toBe(0);
    expect(await page.getByText("Waiting for the restaurant to accept this order.").count()).toBe(
      1,
    );
    await screenshot(page, "admin-order-view-desktop");
    await page.setViewportSize(mobile);
    await screenshot(page, "admin-order-view-mobile");

    await page.getByRole("link", { name: "← All orders" }).click();
    await page.waitForURL(`${baseUrl}/admin/orders`);
  });
});

describe("admin screens", () => {
  it("photographs the admin pages on a phone and a desktop", async () => {
    for (const [path, name] of [
      ["/admin", "admin-home"],
      ["/admin/users", "admin-users-page"],
      ["/admin/orders", "admin-orders-page"],
    ] as const) {
      for (const [viewport, size] of [
        [mobile, "mobile"],
        [desktop, "desktop"],
      ] as const) {
        await page.setViewportSize(viewport);
        await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
        // Nothing wider than the screen: no sideways scrolling on a phone.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          viewport.width,
        );
        await screenshot(page, `${name}-${size}`);
      }
    }
  });
});

describe("admin audit log", () => {
  it("pages back to older entries without repeats, filtered by action", async () => {
    // Thirty entries of an action of their own, so the filtered log is exactly these and
    // other files' admin decisions cannot mix in. "Entry 30" is the newest.
    const action = `test.paging-${crypto.randomUUID().slice(0, 8)}`;
    await withAppDatabase(async (db) => {
      await db.$client.query(
        `insert into audit_log (actor_id, action, target_type, target_id, details)
         select u.id, $2, 'user', u.id, jsonb_build_object('reason', 'Entry ' || lpad(g::text, 2, '0'))
         from users u, generate_series(1, 30) g
         where u.email = $1
         order by g`,
        [admin.email, action],
      );
    });
    await page.setViewportSize(desktop);
    await page.goto(`${baseUrl}/admin?action=${action}`, { waitUntil: "networkidle" });
    expect(await page.getByLabel("Action").inputValue()).toBe(action);
    const entries = page.getByTestId("audit-entry");
    const numbers = async () =>
      (await entries.allTextContents()).map((text) => /Reason: Entry (\d\d)/.exec(text)?.[1]);

    const descending = (from: number, to: number) =>
      Array.from({ length: from - to + 1 }, (_, i) => String(from - i).padStart(2, "0"));
    expect(await numbers()).toEqual(descending(30, 6));
    await page.getByRole("button", { name: "Older entries" }).click();
    await expect.poll(() => entries.count()).toBe(30);
    expect(await numbers()).toEqual(descending(30, 1));
    // The last page says so: no further button.
    expect(await page.getByRole("button", { name: "Older entries" }).count()).toBe(0);

    // A known action from the filter's list narrows the log to it.
    await page.getByLabel("Action").selectOption({ label: "User suspended" });
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("action") === "user.suspend");
    // Back at the log, not at the top of the page.
    expect(new URL(page.url()).hash).toBe("#audit");
    await expect.poll(async () => (await numbers()).every((n) => n === undefined)).toBe(true);
    for (const text of await entries.allTextContents()) expect(text).toContain(" suspended user ");
  });
});
