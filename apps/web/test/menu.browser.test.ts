/**
 * The owner's menu, hours and settings editors in Debian's Chromium. A fresh owner edits a
 * restaurant made for this file (no other test reads it): a price change and a sold-out item
 * show on the public restaurant page, a new category and item with an option group appear, an
 * overlapping interval is refused inline, hours open the restaurant, and staff are refused.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import type { RouterOutputs } from "@dishpatch/api";
import { createDatabase } from "@dishpatch/db";
import { installNodeWebSocket } from "@dishpatch/db/node";
import { restaurantMembers, restaurants } from "@dishpatch/db/schema";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";

import type { Browserless } from "./http-client";
import { launchChromium, screenshot } from "./browser";
import { apiAs, baseUrl, desktop, freshIp, mobile, mutate, queryWith } from "./dashboard-support";

type Restaurant = RouterOutputs["restaurant"]["bySlug"];

const password = "menu-editor-passphrase-42";
const slug = `menu-${crypto.randomUUID().slice(0, 8)}`;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];
let restaurantId = "";
let ownerEmail = "";
let staffEmail = "";
let owner: Browserless;

/** A new account through the API; returns its user id from the app database. */
async function signUp(handle: ReturnType<typeof createDatabase>, role: string) {
  const email = `${role}-${crypto.randomUUID()}@example.test`;
  const res = await fetch(`${baseUrl}/api/trpc/auth.signUp`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-real-ip": freshIp() },
    body: JSON.stringify({ json: { name: `Menu ${role}`, email, password } }),
  });
  expect(res.status).toBe(200);
  const user = await handle.db.query.users.findFirst({
    where: (users, { eq }) => eq(users.email, email),
  });
  if (!user) throw new Error(`no user ${email}`);
  return { email, id: user.id };
}

beforeAll(async () => {
  browser = await launchChromium();
  installNodeWebSocket();
  const handle = createDatabase({
    url: inject("appDatabaseUrl"),
    wsProxy: inject("testDatabaseServer").wsProxy,
  });
  try {
    const [ownerUser, staffUser] = await Promise.all([
      signUp(handle, "owner"),
      signUp(handle, "staff"),
    ]);
    ownerEmail = ownerUser.email;
    staffEmail = staffUser.email;
    // A live restaurant with no hours yet: closed until the owner sets them in the test.
    const [restaurant] = await handle.db
      .insert(restaurants)
      .values({
        slug,
        name: "Menu Test Pizzeria",
        status: "active",
        cuisine: "Pizza",
        currency: "USD",
        timeZone: "Europe/Rome",
        minimumOrder: 1000,
        deliveryFee: 299,
      })
      .returning({ id: restaurants.id });
    restaurantId = restaurant?.id ?? "";
    await handle.db.insert(restaurantMembers).values([
      { restaurantId, userId: ownerUser.id, role: "owner" },
      { restaurantId, userId: staffUser.id, role: "staff" },
    ]);
  } finally {
    await handle.end();
  }
  // The starting menu, written through the API as the owner.
  owner = await apiAs(ownerEmail, password);
  const mains = await mutate<{ id: string }>(owner, "menu.upsertCategory", {
    restaurantId,
    name: "Pizze",
  });
  for (const [name, price] of [
    ["Margherita", 1200],
    ["Calzone", 1400],
  ] as const) {
    await mutate(owner, "menu.upsertItem", { restaurantId, categoryId: mains.id, name, price });
  }
});
afterEach(() => {
  // Drained in place: pages made in beforeAll keep pushing to this same array.
  expect(errors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser.close();
});

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

async function newPage(
  viewport = desktop,
  colorScheme: "light" | "dark" = "light",
  storageState?: StorageState,
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    colorScheme,
    extraHTTPHeaders: { "x-real-ip": freshIp() },
    ...(storageState ? { storageState } : {}),
  });
  contexts.push(context);
  // A step that hangs fails with its own message, well inside the test's time.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // Refused calls (the CONFLICT this test provokes) are logged by tRPC's logger link.
    const text = message.text();
    if (message.type() !== "error") return;
    if (text.startsWith("Failed to load resource") || text.startsWith("%c << ")) return;
    errors.push(text);
  });
  return page;
}

/** Signs in through the form as a fresh account and lands on `path`, hydrated. */
async function signInAt(page: Page, email: string, path: string) {
  await page.goto(`${baseUrl}/sign-in?callbackUrl=${encodeURIComponent(path)}`, {
    waitUntil: "networkidle",
  });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(`${baseUrl}${path}`);
  await page.waitForLoadState("networkidle");
}

/**
 * A page signed in as the owner. Sign-in is limited to 5 a quarter hour per account, so the
 * owner signs in through the form once and later pages reuse that session's cookies.
 */
let ownerSession: StorageState | undefined;
async function ownerPage(
  path: string,
  viewport = desktop,
  colorScheme: "light" | "dark" = "light",
) {
  const page = await newPage(viewport, colorScheme, ownerSession);
  if (ownerSession) {
    await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
  } else {
    await signInAt(page, ownerEmail, path);
    ownerSession = await page.context().storageState();
  }
  return page;
}

function toast(page: Page, text: string) {
  return page.getByTestId("toast").filter({ hasText: text }).waitFor();
}
function itemRow(page: Page, name: string) {
  return page.locator(`[data-testid="editor-item"][data-item-name="${name}"]`);
}

/** The error a field's `aria-describedby` points at, once the field is marked invalid. */
async function fieldError(page: Page, label: string) {
  const input = page.getByLabel(label, { exact: true });
  await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
  const ids = (await input.getAttribute("aria-describedby"))?.split(" ") ?? [];
  const texts = await Promise.all(
    ids.map((id) => page.locator(`[id="${id}"][role="alert"]`).allTextContents()),
  );
  return texts.flat().join(" ");
}

function restaurantNow() {
  return queryWith<Restaurant>(owner, "restaurant.bySlug", { slug });
}

// Each test drives whole journeys through a production build on two shared cores.
describe("menu editor", { timeout: 90_000 }, () => {
  it("edits a price and marks an item sold out; diners see both on the restaurant page", async () => {
    // The queue page holds a live stream (never network-idle): sign in on the list, then go.
    const page = await ownerPage("/dashboard");
    await page.goto(`${baseUrl}/dashboard/${restaurantId}`);
    const manage = page.getByRole("navigation", { name: "Manage restaurant" });
    await manage.getByRole("link", { name: "Menu" }).click();
    await page.waitForURL(`${baseUrl}/dashboard/${restaurantId}/menu`);
    await page.getByRole("heading", { name: "Pizze" }).waitFor();
    expect(await page.title()).toBe("Menu · Dishpatch");

    // A price with too many decimals is refused inline, before anything is sent.
    await page.getByRole("button", { name: "Edit Margherita" }).click();
    const form = page.getByRole("form", { name: "Edit Margherita" });
    await form.getByLabel("Price (USD)").fill("13.755");
    await form.getByRole("button", { name: "Save item" }).click();
    expect(await fieldError(page, "Price (USD)")).toBe("Enter an amount like 12.50");
    await form.getByLabel("Price (USD)").fill("13.75");
    await form.getByRole("button", { name: "Save item" }).click();
    await toast(page, "Saved “Margherita”.");
    expect(await itemRow(page, "Margherita").getByTestId("editor-item-price").textContent()).toBe(
      "$13.75",
    );

    await page.getByLabel("Calzone sold out").check();
    await toast(page, "Calzone is sold out.");

    const saved = await restaurantNow();
    const items = saved.categories.flatMap((c) => c.items);
    expect(items.find((i) => i.name === "Margherita")?.price).toBe(1375);
    expect(items.find((i) => i.name === "Calzone")?.soldOut).toBe(true);

    // Anyone opening the restaurant page sees the new price and the sold-out dish.
    const diner = await newPage(mobile);
    await diner.goto(`${baseUrl}/r/${slug}`, { waitUntil: "networkidle" });
    const margherita = diner.getByRole("button", { name: /Margherita/ });
    expect(await margherita.textContent()).toContain("$13.75");
    const calzone = diner.getByText("Calzone", { exact: true }).locator("xpath=../..");
    expect(await calzone.textContent()).toContain("Sold out");
    await expect.poll(() => diner.getByRole("button", { name: /Calzone/ }).count()).toBe(0);
    await screenshot(diner, "menu-diner-sees-edits-mobile");
  });

  it("adds a category and an item with an option group; refuses deleting a non-empty category", async () => {
    const page = await ownerPage(`/dashboard/${restaurantId}/menu`);

    await page.getByLabel("New category").fill("Dolci");
    await page.getByRole("button", { name: "Add category" }).click();
    await toast(page, "Added “Dolci”.");
    await page.getByRole("heading", { name: "Dolci" }).waitFor();

    await page.getByRole("button", { name: "Add an item to Dolci" }).click();
    const add = page.getByRole("form", { name: "Add an item" });
    await add.getByLabel("Item name").fill("Tiramisu");
    await add.getByLabel("Description (optional)").fill("Mascarpone, espresso, cocoa");
    await add.getByLabel("Price (USD)").fill("6.5");
    await add.getByLabel("Stock (optional)").fill("a dozen");
    await add.getByRole("button", { name: "Add item" }).click();
    expect(await fieldError(page, "Stock (optional)")).toBe(
      "Enter a whole number, or leave it empty",
    );
    await add.getByLabel("Stock (optional)").fill("12");
    await add.getByRole("button", { name: "Add item" }).click();
    await toast(page, "Added “Tiramisu”.");
    const tiramisu = itemRow(page, "Tiramisu");
    expect(await tiramisu.getByTestId("editor-item-price").textContent()).toBe("$6.50");
    expect(await tiramisu.textContent()).toContain("12 left");

    await page.getByRole("button", { name: "Options of Tiramisu" }).click();
    await tiramisu.getByRole("button", { name: "Add option group" }).click();
    const group = page.getByRole("form", { name: "Add an option group" });
    await group.getByLabel("Group name").fill("Size");
    await group.getByLabel("Min choices").fill("1");
    await group.getByLabel("Max choices").fill("3");
    await group.getByLabel("Option 1 name").fill("Regular");
    await group.getByRole("button", { name: "Add option" }).click();
    await group.getByLabel("Option 2 name").fill("Large");
    await group.getByLabel("Price change (USD)").nth(1).fill("2");
    await group.getByRole("button", { name: "Add option" }).click();
    await group.getByLabel("Option 3 name").fill("Small");
    await group.getByLabel("Price change (USD)").nth(2).fill("-1.00");
    // The shared schema's rule, checked before sending: no more required picks than allowed.
    await group.getByLabel("Min choices").fill("4");
    await group.getByRole("button", { name: "Save group" }).click();
    expect(await fieldError(page, "Min choices")).toBe("The minimum cannot be above the maximum");
    await group.getByLabel("Min choices").fill("1");
    await group.getByLabel("Max choices").fill("1");
    await group.getByRole("button", { name: "Save group" }).click();
    await toast(page, "Saved option group “Size”.");
    const summary = tiramisu.getByTestId("option-group");
    expect(await summary.textContent()).toContain("Size · Pick exactly 1");
    expect(await summary.textContent()).toContain("Large (+$2.00), Small (−$1.00)");
    await screenshot(page, "menu-editor-desktop");

    // The API refuses deleting a category with items; its message is shown as it is.
    const pizze = page.getByTestId("editor-category").filter({ hasText: "Pizze" });
    await pizze.getByRole("button", { name: "Delete", exact: true }).first().click();
    await pizze.getByRole("button", { name: "Delete Pizze" }).click();
    await toast(page, "This category still has items. Move or delete them first.");
    await page.getByRole("heading", { name: "Pizze" }).waitFor();

    // Dolci moves above Pizze.
    await page.getByRole("button", { name: "Move Dolci up" }).click();
    await toast(page, "Category order saved.");
    const menu = await restaurantNow();
    expect(menu.categories.map((c) => c.name)).toEqual(["Dolci", "Pizze"]);
    const saved = menu.categories[0]?.items[0];
    expect(saved).toMatchObject({ name: "Tiramisu", price: 650, stock: 12 });
    expect(saved?.optionGroups[0]).toMatchObject({ name: "Size", minChoices: 1, maxChoices: 1 });
    expect(saved?.optionGroups[0]?.options.map((o) => [o.name, o.priceDelta])).toEqual([
      ["Regular", 0],
      ["Large", 200],
      ["Small", -100],
    ]);

    // The diner sees the new dessert with its sizes.
    const diner = await newPage();
    await diner.goto(`${baseUrl}/r/${slug}`, { waitUntil: "networkidle" });
    await diner.getByRole("button", { name: /Tiramisu/ }).click();
    await diner.getByRole("dialog").getByText("Large").waitFor();
  });

  it("looks right on a phone in dark mode", async () => {
    const page = await ownerPage(`/dashboard/${restaurantId}/menu`, mobile, "dark");
    await page.getByRole("button", { name: "Edit Margherita" }).click();
    await page.getByRole("form", { name: "Edit Margherita" }).waitFor();
    // Nothing sticks out sideways on a 390 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      mobile.width,
    );
    await screenshot(page, "menu-editor-mobile-dark");
    await page.getByRole("button", { name: "Options of Tiramisu" }).click();
    await page.getByRole("button", { name: "Edit option group Size" }).click();
    await page.getByRole("form", { name: "Edit option group Size" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      mobile.width,
    );
    await screenshot(page, "menu-option-group-mobile-dark");
  });
});

describe("hours and settings", { timeout: 90_000 }, () => {
  it("sets weekly hours (overlaps refused inline) and the restaurant page opens", async () => {
    const diner = await newPage();
    await diner.goto(`${baseUrl}/r/${slug}`, { waitUntil: "networkidle" });
    expect(await diner.getByTestId("opening-status").textContent()).toBe("Closed");

    const page = await ownerPage(`/dashboard/${restaurantId}/hours`, mobile);
    await page.getByText("Europe/Rome").waitFor();
    await page.getByRole("button", { name: "Add hours on Monday" }).click();
    await page.getByRole("button", { name: "Add hours on Monday" }).click();
    await page.getByLabel("Monday 1 opens").fill("11:00");
    await page.getByLabel("Monday 1 closes").fill("15:00");
    await page.getByLabel("Monday 2 opens").fill("14:00");
    await page.getByLabel("Monday 2 closes").fill("22:00");
    await page.getByRole("button", { name: "Save hours" }).click();
    expect(await fieldError(page, "Monday 2 Opens")).toBe("This interval overlaps another one");
    await page.getByLabel("Monday 2 opens").fill("18:00");

    // Every other day all day (00:00–00:00), so the page is open whenever the test runs.
    for (const day of ["Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) {
      await page.getByRole("button", { name: `Add hours on ${day}` }).click();
      await page.getByLabel(`${day} opens`).fill("00:00");
      await page.getByLabel(`${day} closes`).fill("00:00");
    }
    await page.getByRole("button", { name: "Save hours" }).click();
    await toast(page, "Opening hours saved.");
    await screenshot(page, "hours-mobile");

    const saved = await restaurantNow();
    expect(saved.hours).toContainEqual({ weekday: 1, opens: "11:00", closes: "15:00" });
    expect(saved.hours).toContainEqual({ weekday: 1, opens: "18:00", closes: "22:00" });
    expect(saved.hours).toHaveLength(8);

    // Reloaded, the editor shows what was saved.
    await page.reload({ waitUntil: "networkidle" });
    expect(await page.getByLabel("Monday 2 closes").inputValue()).toBe("22:00");

    // Monday is the one day with gaps: the page may be closed only if it runs on a Monday.
    await diner.reload({ waitUntil: "networkidle" });
    const status = await diner.getByTestId("opening-status").textContent();
    const romeWeekday = new Intl.DateTimeFormat("en-US", {
      weekday: "long",
      timeZone: "Europe/Rome",
    }).format(new Date());
    if (romeWeekday === "Monday") expect(status).toMatch(/^(Open now|Closed — opens Mon)/);
    else expect(status).toBe("Open now");
  });

  it("changes the delivery fee in settings; the restaurant page shows it", async () => {
    const page = await ownerPage(`/dashboard/${restaurantId}/settings`);
    await page.getByLabel("Delivery fee (USD)").fill("3.2x");
    await page.getByRole("button", { name: "Save settings" }).click();
    expect(await fieldError(page, "Delivery fee (USD)")).toBe("Enter an amount like 12.50");
    await page.getByLabel("Delivery fee (USD)").fill("3.25");
    await page.getByLabel("Tax rate (%)").fill("8.88");
    await page.getByRole("button", { name: "Save settings" }).click();
    await toast(page, "Settings saved.");
    await screenshot(page, "settings-desktop");
    const saved = await restaurantNow();
    expect(saved).toMatchObject({ deliveryFee: 325, taxRateBasisPoints: 888, minimumOrder: 1000 });

    const diner = await newPage();
    await diner.goto(`${baseUrl}/r/${slug}`, { waitUntil: "networkidle" });
    await diner.getByText("Delivery $3.25 · Minimum order $10.00").waitFor();
  });
});

describe("staff", () => {
  it("sees no editor links, and the editor pages refuse them", async () => {
    const page = await newPage(mobile);
    await signInAt(page, staffEmail, "/dashboard");
    await page.goto(`${baseUrl}/dashboard/${restaurantId}`);
    await page.getByRole("heading", { name: "Menu Test Pizzeria" }).waitFor();
    // Staff may look up past orders; every editor link is the owner's.
    const manage = page.getByRole("navigation", { name: "Manage restaurant" });
    expect(await manage.getByRole("link").allTextContents()).toEqual(["Order history"]);
    for (const path of ["menu", "hours", "settings"]) {
      await page.goto(`${baseUrl}/dashboard/${restaurantId}/${path}`, {
        waitUntil: "networkidle",
      });
      await page.getByRole("heading", { name: "You can't open this page" }).waitFor();
      expect(await page.getByText("Menu Test Pizzeria").count()).toBe(0);
    }
    await screenshot(page, "menu-staff-refused-mobile");
    // And the API refuses them too.
    const staff = await apiAs(staffEmail, password);
    const res = await staff.mutation("menu.upsertCategory", { restaurantId, name: "Sneaky" });
    expect(res.status).toBe(403);
  });
});
