/**
 * The restaurant owner's pages in Debian's Chromium, all with fresh accounts: a new user applies
 * to open a restaurant; an owner manages staff, creates promo codes a diner's cart then gets,
 * and refunds part of an order placed here (checked in the ledger). Staff are refused.
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
  rolesIn,
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
let diner: Browserless;

beforeAll(async () => {
  browser = await launchChromium();
  owner = await signUp("owner");
  ownerApi = await clientOf(owner);
  restaurant = await liveRestaurantOf(ownerApi);
  diner = await clientOf(await signUp("diner"));
  // One browser sign-in for the owner, shared by the tests below (sign-ins are rate limited).
  ownerPage = await newPage(browser, contexts, errors);
  await signInOnPage(ownerPage, owner, `/dashboard/${restaurant.id}/staff`);
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

const ownerUrl = (page: string) => `${baseUrl}/dashboard/${restaurant.id}/${page}`;

describe("applying to open a restaurant", () => {
  it("a new user applies from the account page and sees it awaiting approval", async () => {
    const applicant = await signUp("applicant");
    const page = await newPage(browser, contexts, errors, mobile);
    await signInOnPage(page, applicant, "/account");
    await page.getByRole("link", { name: "Open a restaurant" }).click();
    await page.waitForURL(`${baseUrl}/dashboard/apply`);
    await page.waitForLoadState("networkidle");

    const name = `Trattoria Ölmo ${crypto.randomUUID().slice(0, 4)}`;
    await page.getByLabel("Restaurant name").fill(name);
    const slug = page.getByLabel("Web address");
    // Suggested from the name, accents dropped.
    expect(await slug.inputValue()).toMatch(/^trattoria-olmo-[a-z0-9]{4}$/);
    const suggested = await slug.inputValue();
    await page.getByLabel("Cuisine").fill("Italian");
    await page.getByLabel("Currency").selectOption("EUR");
    await page.getByLabel("Time zone").fill("Europe/Rome");
    await page.getByLabel("Delivery fee (EUR)").fill("2,50");

    // A slug someone already has comes back as an error on that field.
    await slug.fill("la-tavola");
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await expect.poll(() => slug.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByText("This slug is already taken").count()).toBe(1);
    await screenshot(page, "owner-apply-mobile");

    await slug.fill(suggested);
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await page.waitForURL(/\/dashboard\?applied=/);
    const card = page.getByRole("listitem").filter({ hasText: name });
    expect(await card.getByText("Awaiting approval").count()).toBe(1);
    await screenshot(page, "owner-applied-mobile");

    const [stored] = await sqlRows<{ status: string; currency: string; delivery_fee: number }>(
      "select status, currency, delivery_fee from restaurants where slug = $1",
      [suggested],
    );
    expect(stored).toEqual({ status: "pending", currency: "EUR", delivery_fee: 250 });
  });
});

describe("staff management", () => {
  it("adds a staff member by email and removes them; the last owner stays", async () => {
    const page = ownerPage;
    await page.goto(ownerUrl("staff"), { waitUntil: "networkidle" });
    const colleague = await signUp("colleague");
    const email = page.getByLabel("Email");
    const add = page.getByRole("button", { name: "Add to restaurant" });

    await email.fill(`nobody-${crypto.randomUUID().slice(0, 6)}@example.com`);
    await add.click();
    await expect.poll(() => page.getByText("No account with this email").count()).toBe(1);

    await email.fill(colleague.email);
    await page.getByLabel("Role").selectOption("staff");
    await add.click();
    const row = page.locator(`[data-testid="member"][data-email="${colleague.email}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain("Staff");
    expect(await rolesIn(restaurant.id, colleague.email)).toEqual(["staff"]);

    await email.fill(colleague.email);
    await add.click();
    await expect.poll(() => page.getByText("Already a member").count()).toBe(1);
    await screenshot(page, "owner-staff-desktop");

    // The API refuses to remove the last owner; the page says why.
    const self = page.locator(`[data-testid="member"][data-email="${owner.email}"]`);
    await self.getByRole("button", { name: /^Remove / }).click();
    await self.getByRole("button", { name: "Yes, remove" }).click();
    await expect
      .poll(() => self.getByRole("alert").textContent())
      .toContain("A restaurant needs an owner");

    await row.getByRole("button", { name: /^Remove / }).click();
    await row.getByRole("button", { name: "Yes, remove" }).click();
    await row.waitFor({ state: "detached" });
    expect(await rolesIn(restaurant.id, colleague.email)).toEqual([]);
  });
});

describe("promo codes", () => {
  it("creates a code a diner's cart then gets, and deactivates another", async () => {
    const page = ownerPage;
    await page.goto(ownerUrl("promos"), { waitUntil: "networkidle" });
    const code = `SAVE-${crypto.randomUUID().slice(0, 5).toUpperCase()}`;

    await page.getByLabel("Code", { exact: true }).fill(code.toLowerCase());
    await page.getByLabel("Percent off (%)").fill("20");
    await page.getByLabel(/Minimum subtotal/).fill("10");
    await page.getByLabel("Total uses").fill("5");
    await page.getByRole("button", { name: "Create code" }).click();
    const promo = page.locator(`[data-testid="promo"][data-code="${code}"]`);
    await promo.waitFor();
    expect(await promo.textContent()).toContain("20 % off");
    expect(await promo.textContent()).toContain("Active");
    expect(await promo.getByTestId("promo-uses").textContent()).toBe("Used 0 of 5");

    // An end before the start is refused on the field, before any request.
    await page.getByLabel("Code", { exact: true }).fill("BROKEN");
    await page.getByLabel("Percent off (%)").fill("10");
    await page.getByLabel(/Starts/).fill("2026-12-10T12:00");
    await page.getByLabel(/Ends/).fill("2026-12-01T12:00");
    await page.getByRole("button", { name: "Create code" }).click();
    await expect.poll(() => page.getByText("The end must be after the start").count()).toBe(1);

    const quote = await queryWith<{ subtotal: number; discount: number; promoCode: string | null }>(
      diner,
      "cart.quote",
      {
        restaurantId: restaurant.id,
        lines: [{ itemId: restaurant.itemId, quantity: 2, optionIds: [] }],
        fulfillment: "pickup",
        promoCode: code.toLowerCase(),
      },
    );
    expect(quote).toMatchObject({ subtotal: 2 * restaurant.price, promoCode: code });
    expect(quote.discount).toBe((2 * restaurant.price * 20) / 100);

    // A fixed-amount code, then stopped.
    const fixed = `FIVE-${crypto.randomUUID().slice(0, 5).toUpperCase()}`;
    await page.getByLabel("Code", { exact: true }).fill(fixed);
    await page.getByLabel("Fixed amount").check();
    await page.getByLabel("Amount off (USD)").fill("5");
    await page.getByLabel(/Starts/).fill("");
    await page.getByLabel(/Ends/).fill("");
    await page.getByRole("button", { name: "Create code" }).click();
    const fixedPromo = page.locator(`[data-testid="promo"][data-code="${fixed}"]`);
    await fixedPromo.waitFor();
    expect(await fixedPromo.textContent()).toContain("$5.00 off");
    await fixedPromo.getByRole("button", { name: `Deactivate ${fixed}` }).click();
    await fixedPromo.getByRole("button", { name: "Yes, deactivate" }).click();
    await expect.poll(() => fixedPromo.textContent()).toContain("Deactivated");
    await screenshot(page, "owner-promos-desktop");
    await page.setViewportSize(mobile);
    await screenshot(page, "owner-promos-mobile");
    await page.setViewportSize(desktop);
  });
});

describe("refunds", () => {
  it("refunds part of an order: the balance drops and the ledger holds the refund", async () => {
    const placed = await mutate<{ orderId: string }>(diner, "order.place", {
      restaurantId: restaurant.id,
      lines: [{ itemId: restaurant.itemId, quantity: 2, optionIds: [] }],
      fulfillment: "pickup",
      idempotencyKey: `owner-refund-${crypto.randomUUID()}`,
    });
    const { orderId } = placed;
    const page = ownerPage;
    await page.goto(ownerUrl(`orders/${orderId}`), { waitUntil: "networkidle" });
    const balance = page.getByTestId("refundable-balance");
    expect(await balance.textContent()).toBe("$40.00");

    const amount = page.getByLabel("Amount (USD)");
    await amount.fill("45");
    await page.getByRole("button", { name: "Refund", exact: true }).click();
    await expect.poll(() => page.getByText("At most $40.00 can be refunded.").count()).toBe(1);

    await amount.fill("12.50");
    await page.getByLabel("Reason").fill("Lasagne arrived cold");
    await page.getByRole("button", { name: "Refund", exact: true }).click();
    await expect.poll(() => balance.textContent()).toBe("$27.50");
    expect(await page.getByText("Refunded $12.50.", { exact: false }).count()).toBe(1);
    await screenshot(page, "owner-refund-desktop");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize(mobile);
    await screenshot(page, "owner-refund-mobile-dark");
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize(desktop);

    const ledger = await sqlRows<{ kind: string; amount: number; reason: string | null }>(
      "select kind, amount, reason from payments where order_id = $1 order by created_at, id",
      [orderId],
    );
    expect(ledger.map(({ kind, amount }) => ({ kind, amount }))).toEqual([
      { kind: "charge", amount: 4000 },
      { kind: "refund", amount: 1250 },
    ]);
    expect(ledger[1]?.reason).toBe("Lasagne arrived cold");
    const seen = await queryWith<{ ledger: { balance: number; refunds: number } }>(
      diner,
      "order.byId",
      { orderId },
    );
    expect(seen.ledger).toMatchObject({ balance: 2750, refunds: 1250 });
  });

  it("links from the queue ticket to the order page", async () => {
    const { orderId } = await mutate<{ orderId: string }>(diner, "order.place", {
      restaurantId: restaurant.id,
      lines: [{ itemId: restaurant.itemId, quantity: 1, optionIds: [] }],
      fulfillment: "pickup",
      idempotencyKey: `owner-link-${crypto.randomUUID()}`,
    });
    const page = ownerPage;
    await page.goto(`${baseUrl}/dashboard/${restaurant.id}`);
    for (const name of ["Staff", "Promo codes", "Sales report"]) {
      await page.getByRole("link", { name, exact: true }).waitFor();
    }
    const ticket = page.locator(`[data-testid="queue-order"][data-order-id="${orderId}"]`);
    await ticket.getByRole("link", { name: "Order details" }).click();
    await page.waitForURL(ownerUrl(`orders/${orderId}`));
    await page.getByTestId("refundable-balance").waitFor();
    expect(await page.getByTestId("refundable-balance").textContent()).toBe("$20.00");
  });
});

describe("staff on owner pages", () => {
  it("are refused the staff and promo pages and cannot refund", async () => {
    const staff = await signUp("staff");
    await addMember(staff, restaurant.id, "staff");
    const { orderId } = await mutate<{ orderId: string }>(diner, "order.place", {
      restaurantId: restaurant.id,
      lines: [{ itemId: restaurant.itemId, quantity: 1, optionIds: [] }],
      fulfillment: "pickup",
      idempotencyKey: `owner-staff-${crypto.randomUUID()}`,
    });
    const page = await newPage(browser, contexts, errors, mobile);
    await signInOnPage(page, staff, `/dashboard/${restaurant.id}/staff`);
    const refused = page.getByRole("heading", { name: "You can't open this page" });
    expect(await refused.count()).toBe(1);
    expect(await page.getByLabel("Email").count()).toBe(0);
    await screenshot(page, "owner-staff-refused-mobile");

    await page.goto(ownerUrl("promos"), { waitUntil: "networkidle" });
    expect(await refused.count()).toBe(1);

    await page.goto(ownerUrl(`orders/${orderId}`), { waitUntil: "networkidle" });
    expect(await page.getByTestId("refundable-balance").count()).toBe(1);
    expect(await page.getByText("Only owners can refund orders.").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Refund", exact: true }).count()).toBe(0);
  });
});
