/**
 * The diner's journey in Debian's Chromium against the production build: a restaurant from the
 * home page, an item with options, a cart priced by the server, a promo, sign-in at checkout,
 * one order from a double click, and the order page following the kitchen live.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import type { RouterOutputs } from "@dishpatch/api";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";

import { formatMoney } from "../src/lib/money";
import { launchChromium, screenshot } from "./browser";
import { card, expectInStage, newPage as newContextPage, openQueue } from "./dashboard-support";
import { Browserless } from "./http-client";

const baseUrl = inject("appBaseUrl");
const mobile = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };
const demoPassword = "dishpatch-demo";
const password = "a-perfectly-good-passphrase";

type Restaurant = RouterOutputs["restaurant"]["bySlug"];
type Quote = RouterOutputs["cart"]["quote"];
type MyOrders = RouterOutputs["order"]["listMine"];

let browser: Browser;
const contexts: BrowserContext[] = [];
/** Script errors and console errors (hydration mismatches, CSP violations) fail the test. */
let browserErrors: string[] = [];
let laTavola: Restaurant;
let owner: Browserless;

function queryPath(path: string, input: unknown) {
  return `${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

async function signedIn(email: string, pass: string) {
  const client = new Browserless(baseUrl);
  const res = await client.signIn(email, pass);
  expect(res.status).toBe(302);
  return client;
}

beforeAll(async () => {
  browser = await launchChromium();
  owner = await signedIn("owner@dishpatch.dev", demoPassword);
  laTavola = await owner.query<Restaurant>(queryPath("restaurant.bySlug", { slug: "la-tavola" }));
  // The journey must not depend on the hour the tests run: La Tavola opens around the clock
  // (00:00–00:00 is a full day) and takes orders; its real hours come back afterwards.
  const allDay = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
    weekday,
    opens: "00:00",
    closes: "00:00",
  }));
  const res = await owner.mutation("restaurant.setHours", {
    restaurantId: laTavola.id,
    hours: allDay,
  });
  expect(res.status).toBe(200);
  const resumed = await owner.mutation("restaurant.setAcceptingOrders", {
    restaurantId: laTavola.id,
    acceptingOrders: true,
  });
  expect(resumed.status).toBe(200);
});
afterEach(() => {
  const errors = browserErrors;
  browserErrors = [];
  expect(errors).toEqual([]);
});
afterAll(async () => {
  await owner.mutation("restaurant.setHours", { restaurantId: laTavola.id, hours: laTavola.hours });
  await Promise.all(contexts.map((context) => context.close()));
  await browser.close();
});

/** A page in a browser context of its own; its script errors fail the test. */
function newPage(viewport = desktop): Promise<Page> {
  return newContextPage(browser, contexts, browserErrors, viewport);
}

async function newDiner() {
  const client = new Browserless(baseUrl);
  const email = `diner-${crypto.randomUUID()}@example.com`;
  const res = await client.mutation("auth.signUp", { name: "Dana Diner", email, password });
  expect(res.status).toBe(200);
  expect((await client.signIn(email, password)).status).toBe(302);
  return { client, email };
}

function menuItem(restaurant: Restaurant, name: string) {
  const item = restaurant.categories.flatMap((c) => c.items).find((i) => i.name === name);
  if (!item) throw new Error(`${name} is not on the menu of ${restaurant.name}`);
  return item;
}

function optionId(item: Restaurant["categories"][number]["items"][number], name: string) {
  const option = item.optionGroups.flatMap((g) => g.options).find((o) => o.name === name);
  if (!option) throw new Error(`${item.name} has no option ${name}`);
  return option.id;
}

const cartTotal = (page: Page) => page.getByTestId("quote-total").first();

describe("the diner's journey", () => {
  it("orders a Margherita: options, server-priced cart, promo, sign-in at checkout, one order, live status", async () => {
    const diner = await newDiner();
    const page = await newPage();

    // Home → restaurant page.
    await page.goto(baseUrl, { waitUntil: "networkidle" });
    await page.getByRole("link", { name: "La Tavola" }).click();
    await page.waitForURL(`${baseUrl}/r/la-tavola`);
    await expect.poll(() => page.title()).toContain("La Tavola");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("La Tavola");
    expect(await page.getByTestId("opening-status").textContent()).toBe("Open now");
    await page.waitForLoadState("networkidle");

    // The item dialog: Large + Burrata, two of them, priced live.
    await page.getByRole("button", { name: /^Margherita/ }).click();
    const dialog = page.getByRole("dialog", { name: "Margherita" });
    await dialog.waitFor();
    expect(await dialog.getByRole("radio", { name: "Regular" }).isChecked()).toBe(true);
    await dialog.getByRole("radio", { name: /Large/ }).check();
    await dialog.getByRole("checkbox", { name: /Burrata/ }).check();
    expect(await dialog.getByTestId("item-price").textContent()).toBe("$23.00");
    await dialog.getByRole("button", { name: "One more" }).click();
    expect(await dialog.getByTestId("item-price").textContent()).toBe("$46.00");
    await dialog.getByRole("button", { name: /Add 2 to cart/ }).click();
    await dialog.waitFor({ state: "hidden" });

    // The cart's total is the server's quote of the same cart.
    const margherita = menuItem(laTavola, "Margherita");
    const lines = [
      {
        itemId: margherita.id,
        quantity: 2,
        optionIds: [optionId(margherita, "Large"), optionId(margherita, "Burrata")],
      },
    ];
    const quote = await new Browserless(baseUrl).query<Quote>(
      queryPath("cart.quote", {
        restaurantId: laTavola.id,
        lines,
        fulfillment: "delivery",
        tip: 0,
      }),
    );
    expect(quote.problems).toEqual([]);
    await expect.poll(() => cartTotal(page).textContent()).toBe(formatMoney(quote.total, "USD"));

    // A promo code, priced by the server: 10% off.
    await page.getByLabel("Promo code").fill("welcome10");
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    const promoQuote = await new Browserless(baseUrl).query<Quote>(
      queryPath("cart.quote", {
        restaurantId: laTavola.id,
        lines,
        fulfillment: "delivery",
        tip: 0,
        promoCode: "WELCOME10",
      }),
    );
    expect(promoQuote.discount).toBe(460);
    await expect
      .poll(() => page.getByTestId("quote-discount").first().textContent())
      .toBe(`−${formatMoney(460, "USD")}`);
    await expect
      .poll(() => cartTotal(page).textContent())
      .toBe(formatMoney(promoQuote.total, "USD"));
    await screenshot(page, "diner-restaurant-cart-desktop");
    await page.setViewportSize(mobile);
    await screenshot(page, "diner-restaurant-cart-mobile");
    await page.setViewportSize(desktop);

    // The cart survives a reload.
    await page.reload({ waitUntil: "networkidle" });
    await expect
      .poll(() => cartTotal(page).textContent())
      .toBe(formatMoney(promoQuote.total, "USD"));

    // Signed out, checkout asks to sign in first and comes back.
    await page.getByRole("link", { name: "Go to checkout" }).click();
    await page.waitForURL(`${baseUrl}/sign-in?callbackUrl=%2Fcheckout`);
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Email").fill(diner.email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(`${baseUrl}/checkout`);
    await page.waitForLoadState("networkidle");

    // Pickup: no delivery fee, no address.
    await page.getByText("Pickup", { exact: true }).click();
    const pickupQuote = await diner.client.query<Quote>(
      queryPath("cart.quote", {
        restaurantId: laTavola.id,
        lines,
        fulfillment: "pickup",
        tip: 0,
        promoCode: "WELCOME10",
      }),
    );
    expect(pickupQuote.deliveryFee).toBe(0);
    await expect
      .poll(() => cartTotal(page).textContent())
      .toBe(formatMoney(pickupQuote.total, "USD"));
    expect(await page.getByLabel("Delivery address").count()).toBe(0);
    await screenshot(page, "diner-checkout-desktop");
    await page.setViewportSize(mobile);
    await screenshot(page, "diner-checkout-mobile");
    await page.setViewportSize(desktop);

    // A double click places ONE order.
    const placeRequests: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("order.place")) placeRequests.push(request.url());
    });
    await page.getByRole("button", { name: "Place order" }).dblclick();
    await page.waitForURL(/\/orders\/[^/]+$/);
    const orderId = page.url().split("/").at(-1) ?? "";
    const mine = await diner.client.query<MyOrders>(queryPath("order.listMine", {}));
    expect(mine.orders.map((o) => o.id)).toEqual([orderId]);
    expect(placeRequests.length).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.getByTestId("order-status").textContent()).toBe("Placed");
    // The order emptied the cart.
    expect(await page.evaluate(() => localStorage.getItem("dishpatch.cart.v1"))).toContain(
      '"lines":[]',
    );
    expect(await page.getByText(`Total${formatMoney(pickupQuote.total, "USD")}`).count()).toBe(1);
    await expect.poll(() => page.getByTestId("live-status").textContent()).toContain("Live");

    // The kitchen moves it on in a second browser (staff on the dashboard); the diner's page
    // follows without a reload.
    await page.evaluate(() => {
      document.body.dataset.sameDocument = "yes";
    });
    const kitchen = await newPage();
    await openQueue(kitchen, "staff@dishpatch.dev", laTavola.id);
    await expectInStage(kitchen, orderId, "placed");
    await card(kitchen, orderId).getByLabel("Prep minutes").fill("20");
    await card(kitchen, orderId).getByRole("button", { name: "Accept" }).click();
    await expect
      .poll(() => page.getByTestId("order-status").textContent(), { timeout: 15_000 })
      .toBe("Accepted");
    expect(await page.getByText(/Estimated ready at/).count()).toBe(1);
    await card(kitchen, orderId).getByRole("button", { name: "Start preparing" }).click();
    await expect
      .poll(() => page.getByTestId("order-status").textContent(), { timeout: 15_000 })
      .toBe("Preparing");
    expect(await page.evaluate(() => document.body.dataset.sameDocument)).toBe("yes");
    // Accepted: too late to cancel.
    expect(await page.getByRole("button", { name: "Cancel order" }).count()).toBe(0);
    await screenshot(page, "diner-order-desktop");
    await page.setViewportSize(mobile);
    await screenshot(page, "diner-order-mobile");
    await page.setViewportSize(desktop);

    // Picked up: the stream ends and the review form appears, still without a reload.
    for (const [button, stage] of [
      ["Mark ready", "ready"],
      ["Picked up", null],
    ] as const) {
      await card(kitchen, orderId).getByRole("button", { name: button }).click();
      if (stage) await expectInStage(kitchen, orderId, stage);
    }
    await expect
      .poll(() => page.getByTestId("order-status").textContent(), { timeout: 15_000 })
      .toBe("Picked up");
    await page.locator("label", { hasText: "4 stars" }).click();
    await page.getByLabel("Comment (optional)").fill("Crisp crust, generous burrata.");
    await page.getByRole("button", { name: "Send review" }).click();
    await expect
      .poll(() => page.getByTestId("order-review").textContent())
      .toBe("★★★★ — Crisp crust, generous burrata.");
    expect(await page.evaluate(() => document.body.dataset.sameDocument)).toBe("yes");

    // History lists it; reorder fills the cart with the same dishes and options.
    await page.getByRole("link", { name: "Orders", exact: true }).click();
    await page.waitForURL(`${baseUrl}/orders`);
    const history = page.getByRole("list", { name: "Orders" });
    expect(await history.getByRole("listitem").count()).toBe(1);
    await history.getByRole("button", { name: "Reorder" }).click();
    await page.waitForURL(`${baseUrl}/r/la-tavola#cart`);
    const cartItems = page.getByRole("list", { name: "Cart items" });
    await expect.poll(() => cartItems.textContent()).toContain("Burrata, Large");
    await screenshot(page, "diner-reorder-desktop");
  }, 120_000);

  it("cancels an order while it is still placed", async () => {
    const diner = await newDiner();
    const margherita = menuItem(laTavola, "Margherita");
    const res = await diner.client.mutation("order.place", {
      restaurantId: laTavola.id,
      lines: [{ itemId: margherita.id, quantity: 2, optionIds: [optionId(margherita, "Regular")] }],
      fulfillment: "pickup",
      idempotencyKey: crypto.randomUUID(),
    });
    expect(res.status).toBe(200);
    const placed = (await res.json()) as { result: { data: { json: { orderId: string } } } };
    const page = await newPage(mobile);
    await page.goto(`${baseUrl}/sign-in`, { waitUntil: "networkidle" });
    const email = diner.email;
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(`${baseUrl}/`);
    await page.goto(`${baseUrl}/orders/${placed.result.data.json.orderId}`, {
      waitUntil: "networkidle",
    });
    expect(await page.getByTestId("order-status").textContent()).toBe("Placed");
    await page.getByRole("button", { name: "Cancel order" }).click();
    await page.getByRole("button", { name: "Yes, cancel it" }).click();
    await expect.poll(() => page.getByTestId("order-status").textContent()).toBe("Cancelled");

    // Someone else's order does not exist for this diner.
    const other = await diner.client.query<MyOrders>(queryPath("order.listMine", {}));
    expect(other.orders).toHaveLength(1);
    const response = await page.goto(`${baseUrl}/orders/not-an-order-of-yours`);
    expect(response?.status()).toBe(404);
  });

  it("asks before replacing a cart from another restaurant", async () => {
    const page = await newPage(mobile);
    await page.goto(`${baseUrl}/r/la-tavola`, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: /^Tiramisù/ }).click();
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /Add 1 to cart/ })
      .click();
    await page.goto(`${baseUrl}/r/saffron-house`, { waitUntil: "networkidle" });
    expect(await page.getByText("Your cart has dishes from").count()).toBe(1);
    await page.locator("main ul button").first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: /Add 1 to cart/ }).click();
    expect(await dialog.getByText("Your cart has dishes from La Tavola").count()).toBe(1);
    await dialog.getByRole("button", { name: /Start a new cart/ }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await page.getByRole("list", { name: "Cart items" }).getByRole("listitem").count()).toBe(
      1,
    );
    await expect.poll(() => page.getByTestId("quote-totals").count()).toBe(1);
  });

  it("answers an unknown restaurant with the 404 page", async () => {
    const page = await newPage();
    const response = await page.goto(`${baseUrl}/r/no-such-kitchen`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("couldn't find");
  });
});
