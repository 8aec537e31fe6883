/**
 * The admin's users and orders pages in Debian's Chromium, as a fresh administrator (signed up
 * here and made admin in the database: the seeded admin@ has a sign-in budget other files use).
 * They find a person, grant and revoke admin, suspend with a reason and reinstate, see who did
 * what in the audit log by name, are told by the API that they cannot suspend themselves, and
 * filter and page through every order.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import type { Person } from "./fresh-world";
import { launchChromium, screenshot } from "./browser";
import { baseUrl, mobile, newPage, signInAt } from "./dashboard-support";
import { makeAdmin, signUpPerson } from "./fresh-world";

let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];
let admin: Person;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  admin = await signUpPerson("People Admin");
  await makeAdmin(admin.email);
  // One sign-in for the whole file: every test continues in this page.
  page = await newPage(browser, contexts, errors);
  await signInAt(page, admin.email, "/admin/users", admin.password);
});
afterEach(() => {
  // Drained in place: pages made in beforeAll keep pushing to this same array.
  expect(errors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser.close();
});

/** Searches the users page for one email; resolves once its card is the only one listed. */
async function findUser(email: string) {
  await page.getByLabel("Email or name").fill(email);
  await page.getByRole("button", { name: "Apply", exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get("search") === email);
  const found = page.getByTestId("admin-user");
  await expect.poll(() => found.count()).toBe(1);
  return page.getByRole("region", { name: email });
}

describe("admin users", () => {
  it("grants and revokes admin, suspends with a reason and reinstates", async () => {
    const target = await signUpPerson("Target Person");
    const user = await findUser(target.email);
    expect(await user.textContent()).toContain("customer");
    expect(await page.getByRole("link", { name: "Users" }).getAttribute("aria-current")).toBe(
      "page",
    );

    await user.getByRole("button", { name: `Make admin ${target.email}` }).click();
    await expect.poll(() => user.textContent()).toContain("admin");
    await user.getByRole("button", { name: `Remove admin ${target.email}` }).click();
    await expect.poll(() => user.textContent()).toContain("customer");

    await user.getByRole("button", { name: `Suspend… ${target.email}` }).click();
    await user.getByLabel(`Why suspend ${target.email}?`).fill("Fraudulent orders");
    await user.getByRole("button", { name: "Suspend", exact: true }).click();
    await expect.poll(() => user.textContent()).toContain("suspended");
    await screenshot(page, "admin-users-desktop");
    await user.getByRole("button", { name: `Reinstate ${target.email}` }).click();
    await expect.poll(() => user.textContent()).toContain("active");

    // The audit log names who acted and on whom, newest first, with the reason.
    await page
      .getByRole("navigation", { name: "Admin" })
      .getByRole("link", { name: "Restaurants" })
      .click();
    await page.waitForURL(`${baseUrl}/admin`);
    const entries = page.getByTestId("audit-entry").filter({ hasText: target.email });
    await expect.poll(() => entries.count()).toBe(4);
    expect(await entries.allTextContents()).toEqual([
      expect.stringContaining(`${admin.name} (${admin.email}) reinstated user ${target.email}`),
      expect.stringMatching(/suspended user .*Reason: Fraudulent orders/),
      expect.stringContaining(`removed admin from user ${target.email}`),
      expect.stringContaining(`made admin user ${target.email}`),
    ]);
  });

  it("shows the API's refusal when an admin tries to suspend or demote themselves", async () => {
    await page.goto(`${baseUrl}/admin/users`);
    const me = await findUser(admin.email);
    await me.getByRole("button", { name: `Suspend… ${admin.email}` }).click();
    await me.getByLabel(`Why suspend ${admin.email}?`).fill("Testing myself");
    await me.getByRole("button", { name: "Suspend", exact: true }).click();
    await expect
      .poll(() => me.getByRole("alert").textContent())
      .toBe("You cannot suspend your own account.");
    await me.getByRole("button", { name: "Keep active" }).click();
    await me.getByRole("button", { name: `Remove admin ${admin.email}` }).click();
    await expect
      .poll(() => me.getByRole("alert").textContent())
      .toBe("You cannot change your own role. Ask another administrator.");
    expect(await me.textContent()).toContain("active");
  });
});

describe("admin orders", () => {
  it("filters by customer, status and restaurant, and pages", async () => {
    await page.setViewportSize(mobile);
    await page.goto(`${baseUrl}/admin/orders`, { waitUntil: "networkidle" });
    const orders = page.getByTestId("admin-order");
    expect(await orders.count()).toBe(25);
    // The seeded history holds more than one page of orders.
    await page.getByRole("button", { name: "More orders" }).click();
    await expect.poll(() => orders.count()).toBeGreaterThan(25);

    await page.getByLabel("Customer email").fill("diner@dishpatch.dev");
    await page.getByLabel("Status").selectOption("delivered");
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("status") === "delivered");
    await expect.poll(() => orders.count()).toBeLessThan(25);
    const texts = await orders.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).toContain("diner@dishpatch.dev");
      expect(text).toContain("Delivered");
    }

    await page.getByRole("link", { name: "Clear" }).click();
    await page.waitForURL(`${baseUrl}/admin/orders`);
    await page.getByLabel("Restaurant").selectOption({ label: "La Tavola" });
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.has("restaurant"));
    await expect
      .poll(async () => (await orders.allTextContents()).every((t) => t.startsWith("La Tavola")))
      .toBe(true);
    expect(await page.getByLabel("Restaurant").inputValue()).not.toBe("");
    await screenshot(page, "admin-orders-mobile");
  });
});
