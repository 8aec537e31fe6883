/**
 * The admin area in Debian's Chromium: admin@ approves a restaurant waiting for approval (it
 * then appears on the home page), suspends it with a reason and reinstates it, and sees each
 * decision in the audit log. A diner is refused. The restaurant is a fresh application, not
 * the seeded `seoul-kitchen`, which the home page test expects to stay pending.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { launchChromium, screenshot } from "./browser";
import { Browserless } from "./http-client";
import {
  alwaysOpen,
  apiAs,
  baseUrl,
  freshIp,
  mobile,
  mutate,
  newPage,
  signInAt,
} from "./dashboard-support";

let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(() => {
  // Drained in place: pages made in beforeAll keep pushing to this same array.
  expect(errors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser.close();
});

/**
 * A new person applies for a restaurant that is open all day (so it lists among the open ones,
 * and "Aardvark" sorts it onto the home page's first page). Returns its name.
 */
async function freshApplication(): Promise<string> {
  const id = crypto.randomUUID().slice(0, 8);
  const account = {
    name: `Applicant ${id}`,
    email: `apply-${id}@example.test`,
    password: "a-kitchen-of-my-own-7",
  };
  const signUp = await new Browserless(baseUrl, freshIp()).mutation("auth.signUp", account);
  expect(signUp.status).toBe(200);
  const applicant = await apiAs(account.email, account.password);
  const name = `Aardvark Noodles ${id}`;
  const restaurant = await mutate<{ id: string }>(applicant, "restaurant.create", {
    name,
    slug: `aardvark-${id}`,
    cuisine: "Noodles",
    currency: "USD",
    timeZone: "America/New_York",
  });
  await mutate(applicant, "restaurant.setHours", {
    restaurantId: restaurant.id,
    hours: alwaysOpen,
  });
  return name;
}

function restaurantCard(page: Page, list: string, name: string) {
  return page.getByTestId(list).getByRole("region", { name });
}

describe("admin", () => {
  it("approves a pending restaurant, which then shows on the home page", async () => {
    const name = await freshApplication();
    const page = await newPage(browser, contexts, errors);
    await signInAt(page, "admin@dishpatch.dev", "/admin");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Admin");
    // Seeded applications wait too; the seeded pending restaurant is listed.
    await restaurantCard(page, "pending-restaurants", "Seoul Kitchen").waitFor();
    await screenshot(page, "admin-desktop");

    await page
      .getByTestId("pending-restaurants")
      .getByRole("button", { name: `Approve ${name}` })
      .click();
    await restaurantCard(page, "pending-restaurants", name).waitFor({ state: "detached" });
    const listed = restaurantCard(page, "all-restaurants", name);
    await expect.poll(() => listed.textContent()).toContain("active");
    // Other test files act as admins too: find this restaurant's entry (named, not an id).
    await expect
      .poll(() => page.getByTestId("audit-entry").filter({ hasText: name }).first().textContent())
      .toContain("admin@dishpatch.dev");

    const home = await newPage(browser, contexts, errors);
    // Searched by name: other files add restaurants, so it need not be on the first page.
    await home.goto(`${baseUrl}/?q=${encodeURIComponent(name)}`, { waitUntil: "networkidle" });
    const restaurants = home.getByRole("list", { name: "Restaurants" });
    expect(await restaurants.getByRole("heading", { name }).count()).toBe(1);
  });

  it("suspends with a reason and reinstates, each in the audit log", async () => {
    const name = await freshApplication();
    const page = await newPage(browser, contexts, errors, mobile);
    await signInAt(page, "admin@dishpatch.dev", "/admin");
    await page
      .getByTestId("pending-restaurants")
      .getByRole("button", { name: `Approve ${name}` })
      .click();
    const listed = restaurantCard(page, "all-restaurants", name);
    await expect.poll(() => listed.textContent()).toContain("active");

    await listed.getByRole("button", { name: `Suspend… ${name}` }).click();
    await listed.getByLabel(`Why suspend ${name}?`).fill("Health inspection pending");
    await listed.getByRole("button", { name: "Suspend", exact: true }).click();
    await expect.poll(() => listed.textContent()).toContain("suspended");
    await expect
      .poll(() => page.getByTestId("audit-entry").filter({ hasText: name }).first().textContent())
      .toContain("Reason: Health inspection pending");

    await listed.getByRole("button", { name: `Reinstate ${name}` }).click();
    await expect.poll(() => listed.textContent()).toContain("active");
    await screenshot(page, "admin-mobile");
  });

  it("refuses a diner: no admin data on the page, and the API refuses too", async () => {
    const page = await newPage(browser, contexts, errors, mobile);
    const adminCalls: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/trpc/admin")) adminCalls.push(request.url());
    });
    await signInAt(page, "diner@dishpatch.dev", "/admin");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "You can't open this page",
    );
    const html = await (await page.request.get(`${baseUrl}/admin`)).text();
    expect(html).not.toContain("Seoul Kitchen");
    expect(html).not.toContain("Audit log");
    expect(adminCalls).toEqual([]);

    const diner = await apiAs("diner@dishpatch.dev");
    const res = await diner.fetch(
      `/api/trpc/admin.auditLog?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
    );
    expect(res.status).toBe(403);
  });
});
