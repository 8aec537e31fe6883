/**
 * The restaurant's live order queue in Debian's Chromium: staff@ works a fresh order from
 * new to delivered, sees another customer's order land live, rejects it, pauses ordering and
 * marks an item sold out. A diner is refused. Orders are placed fresh over HTTP, so other test
 * files sharing the seeded database (and its seeded orders) are not disturbed.
 */
import type { Browser, BrowserContext } from "@playwright/test";
import type { RouterOutputs } from "@dishpatch/api";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import type { Browserless } from "./http-client";
import { launchChromium, screenshot } from "./browser";
import {
  alwaysOpen,
  apiAs,
  baseUrl,
  card,
  desktop,
  expectInStage,
  mobile,
  mutate,
  newPage,
  openQueue,
  queryWith,
  signInAt,
} from "./dashboard-support";

type Restaurant = RouterOutputs["restaurant"]["bySlug"];

let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];
let laTavola: Restaurant;
let noor: Browserless;

beforeAll(async () => {
  browser = await launchChromium();
  // La Tavola keeps New York hours; the tests run at any hour, so its owner opens it all day.
  const owner = await apiAs("owner@dishpatch.dev");
  laTavola = await queryWith<Restaurant>(owner, "restaurant.bySlug", { slug: "la-tavola" });
  await mutate(owner, "restaurant.setHours", { restaurantId: laTavola.id, hours: alwaysOpen });
  await mutate(owner, "restaurant.setAcceptingOrders", {
    restaurantId: laTavola.id,
    acceptingOrders: true,
  });
  noor = await apiAs("noor@dishpatch.dev");
});
afterEach(() => {
  // Drained in place: pages made in beforeAll keep pushing to this same array.
  expect(errors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser.close();
});

/** A plain item (no required choices, unlimited stock), enough of it to pass the minimum. */
function plainItem() {
  const item = laTavola.categories
    .flatMap((category) => category.items)
    .find(
      (candidate) =>
        !candidate.soldOut &&
        candidate.stock === null &&
        candidate.optionGroups.every((group) => group.minChoices === 0),
    );
  if (!item) throw new Error("La Tavola has no plain item");
  return { item, quantity: Math.ceil(laTavola.minimumOrder / item.price) + 1 };
}

/** noor@ places a delivery order at La Tavola over HTTP; returns its id. */
async function placeOrder(notes: string): Promise<string> {
  const { item, quantity } = plainItem();
  const placed = await mutate<{ orderId: string }>(noor, "order.place", {
    restaurantId: laTavola.id,
    lines: [{ itemId: item.id, quantity, optionIds: [] }],
    fulfillment: "delivery",
    deliveryAddress: "12 Harbour Street, Flat 3",
    notes,
    idempotencyKey: `merchant-ui-${crypto.randomUUID()}`,
  });
  return placed.orderId;
}

/** The order's status as its customer sees it. */
async function statusOf(orderId: string) {
  const order = await queryWith<{ status: string }>(noor, "order.byId", { orderId });
  return order.status;
}

describe("restaurant dashboard", () => {
  it("staff accept a fresh order and advance it to delivered, each step shown", async () => {
    const note = `Extra napkins ${crypto.randomUUID().slice(0, 6)}`;
    const orderId = await placeOrder(note);
    // A browser far from both the server (UTC) and the restaurant: times stay the kitchen's.
    const page = await newPage(browser, contexts, errors, desktop, { timezoneId: "Asia/Tokyo" });
    await signInAt(page, "staff@dishpatch.dev", "/dashboard");

    await page.getByRole("link", { name: "La Tavola" }).click();
    await page.waitForURL(`${baseUrl}/dashboard/${laTavola.id}`);
    // The queue came with the page (server prefetch), not from a client request afterwards.
    const html = await (await page.request.get(page.url())).text();
    expect(html).toContain(note);

    const ticket = card(page, orderId);
    await expectInStage(page, orderId, "placed");
    expect(await ticket.textContent()).toContain("12 Harbour Street, Flat 3");
    expect(await ticket.textContent()).toMatch(/Accept within \d+:\d\d/);
    const { placedAt } = await queryWith<{ placedAt: string }>(noor, "order.byId", { orderId });
    const clock = (timeZone: string) =>
      new Intl.DateTimeFormat("en", { hour: "numeric", minute: "2-digit", timeZone }).format(
        new Date(placedAt),
      );
    expect(await ticket.textContent()).toContain(`Placed ${clock(laTavola.timeZone)}`);
    expect(await ticket.textContent()).not.toContain(`Placed ${clock("Asia/Tokyo")}`);
    await screenshot(page, "dashboard-queue-desktop");

    await ticket.getByLabel("Prep minutes").fill("25");
    await ticket.getByRole("button", { name: "Accept" }).click();
    await expectInStage(page, orderId, "accepted");
    await expect.poll(() => card(page, orderId).textContent()).toContain("ready by");

    for (const [button, stage] of [
      ["Start preparing", "preparing"],
      ["Mark ready", "ready"],
      ["Out for delivery", "out_for_delivery"],
    ] as const) {
      await card(page, orderId).getByRole("button", { name: button }).click();
      await expectInStage(page, orderId, stage);
    }
    await card(page, orderId).getByRole("button", { name: "Mark delivered" }).click();
    await card(page, orderId).waitFor({ state: "detached" });

    // The server agrees: the customer sees a delivered order.
    await expect.poll(() => statusOf(orderId)).toBe("delivered");
  });

  it("shows a new order live, without a reload, and rejects it with a reason", async () => {
    const page = await newPage(browser, contexts, errors, mobile);
    await openQueue(page, "staff@dishpatch.dev", laTavola.id);
    let reloads = 0;
    page.on("load", () => (reloads += 1));

    const orderId = await placeOrder("Live order, please hurry");
    await expectInStage(page, orderId, "placed");
    const ticket = card(page, orderId);
    expect(await ticket.getByText("New", { exact: true }).count()).toBe(1);
    await expect
      .poll(() => page.getByTestId("queue-announcement").textContent())
      .toContain("New order received");
    expect(reloads).toBe(0);
    await screenshot(page, "dashboard-queue-mobile");

    await ticket.getByRole("button", { name: "Reject…" }).click();
    await ticket.getByLabel(/Why reject it/).fill("Out of dough for tonight");
    await ticket.getByRole("button", { name: "Reject order" }).click();
    await card(page, orderId).waitFor({ state: "detached" });
    await expect.poll(() => statusOf(orderId)).toBe("rejected");
  });

  it("pauses and resumes ordering, and marks an item sold out and back", async () => {
    const page = await newPage(browser, contexts, errors);
    await openQueue(page, "staff@dishpatch.dev", laTavola.id);
    const state = page.getByTestId("ordering-state");

    await page.getByRole("button", { name: "Pause ordering" }).click();
    await expect.poll(() => state.textContent()).toContain("Paused");
    const menu = await queryWith<Restaurant>(noor, "restaurant.bySlug", { slug: "la-tavola" });
    expect(menu.acceptingOrders).toBe(false);
    await page.getByRole("button", { name: "Resume ordering" }).click();
    await expect.poll(() => state.textContent()).toContain("Taking new orders");

    // Not the item the other tests order, so their orders never meet "sold out".
    const item = laTavola.categories
      .flatMap((category) => category.items)
      .find((candidate) => !candidate.soldOut && candidate.id !== plainItem().item.id);
    if (!item) throw new Error("no second item");
    const toggle = page.getByRole("checkbox", { name: `${item.name} sold out` });
    const soldOut = async () => {
      const current = await queryWith<Restaurant>(noor, "restaurant.bySlug", { slug: "la-tavola" });
      return current.categories.flatMap((c) => c.items).find((i) => i.id === item.id)?.soldOut;
    };
    await toggle.check();
    await expect.poll(soldOut).toBe(true);
    await toggle.uncheck();
    await expect.poll(soldOut).toBe(false);
  });

  it("shows the owner a sales report for a date range; staff may not open it", async () => {
    const page = await newPage(browser, contexts, errors);
    // Straight to the report: the queue page holds a live stream open, so the network there
    // is never idle (which signing in waits for).
    await signInAt(page, "owner@dishpatch.dev", `/dashboard/${laTavola.id}/reports`);
    // The default range is the last two weeks, one chart row per day.
    expect(await page.getByTestId("sales-day").count()).toBe(14);
    expect(Number(await page.getByTestId("figure-Orders").textContent())).toBeGreaterThan(0);
    expect(await page.getByRole("heading", { name: "Top items" }).count()).toBe(1);
    await screenshot(page, "dashboard-report-desktop");

    // A chosen range: three days.
    const to = await page.getByLabel("To", { exact: true }).inputValue();
    const from = new Date(Date.parse(to) - 2 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("From", { exact: true }).fill(from);
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/from=/);
    expect(await page.getByTestId("sales-day").count()).toBe(3);
    await page.setViewportSize(mobile);
    await screenshot(page, "dashboard-report-mobile");

    const staff = await newPage(browser, contexts, errors, mobile);
    await signInAt(staff, "staff@dishpatch.dev", `/dashboard/${laTavola.id}/reports`);
    expect(await staff.getByRole("heading", { level: 1 }).textContent()).toBe(
      "You can't open this page",
    );
  });

  it("refuses a diner: no queue, no restaurant data, no merchant API call", async () => {
    const page = await newPage(browser, contexts, errors, mobile);
    const merchantCalls: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/trpc/merchant")) merchantCalls.push(request.url());
    });
    await signInAt(page, "diner@dishpatch.dev", `/dashboard/${laTavola.id}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "You can't open this page",
    );
    expect(await page.getByTestId("queue-order").count()).toBe(0);
    expect(merchantCalls).toEqual([]);
    await screenshot(page, "dashboard-refused-mobile");
  });
});
