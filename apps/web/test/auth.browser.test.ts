/**
 * Accounts in Debian's Chromium against the production build: sign-up, sign-in, the
 * account page, and ending sessions. Screenshots land in test-results/ for a human look.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { createDatabase } from "@dishpatch/db";
import { installNodeWebSocket } from "@dishpatch/db/node";
import { restaurantMembers } from "@dishpatch/db/schema";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";

import { launchChromium, screenshot } from "./browser";

const baseUrl = inject("appBaseUrl");
const mobile = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };
const newPassword = "crispy-dumpling-88";

let browser: Browser;
const contexts: BrowserContext[] = [];
/** Script errors and console errors (hydration mismatches, CSP violations) fail the test. */
let browserErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(() => {
  const errors = browserErrors;
  browserErrors = [];
  expect(errors).toEqual([]);
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser.close();
});

/**
 * Rate limits count per client address (x-real-ip). Every browser context and API call gets
 * an address of its own, random per run, so tests never share a budget, not even with an
 * earlier run against the same Redis.
 */
const runPrefix = `10.${randomOctet()}.${randomOctet()}`;
let hosts = 0;
function freshIp() {
  hosts += 1;
  return `${runPrefix}.${hosts}`;
}
function randomOctet() {
  return Math.floor(Math.random() * 256);
}

async function newPage(
  options: { viewport?: { width: number; height: number }; colorScheme?: "light" | "dark" } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: options.viewport ?? desktop,
    colorScheme: options.colorScheme ?? "light",
    extraHTTPHeaders: { "x-real-ip": freshIp() },
  });
  contexts.push(context);
  const page = await context.newPage();
  page.on("pageerror", (error) => browserErrors.push(error.message));
  page.on("console", (message) => {
    // Expected: refused sign-ins (429) show as failed loads, and the tRPC logger link
    // reports every failed call (e.g. CONFLICT for a taken email).
    const text = message.text();
    if (message.type() !== "error") return;
    if (text.startsWith("Failed to load resource") || text.startsWith("%c << ")) return;
    browserErrors.push(text);
  });
  return page;
}

/** Waits for the network to settle, so React has hydrated before we type. */
async function open(page: Page, path: string) {
  return page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
}

interface Account {
  name: string;
  email: string;
  password: string;
}

/** Every test uses accounts of its own: they all share one database. */
function newAccount(): Account {
  const id = crypto.randomUUID();
  return {
    name: `Ada ${id.slice(0, 8)}`,
    email: `ada-${id}@example.test`,
    password: "tasty-noodle-soup-42",
  };
}

/** Creates an account straight through the API, for tests about what comes after. */
async function createAccount(account = newAccount()): Promise<Account> {
  const res = await fetch(`${baseUrl}/api/trpc/auth.signUp`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-real-ip": freshIp() },
    body: JSON.stringify({ json: account }),
  });
  expect(res.status).toBe(200);
  return account;
}

/** Arranges a restaurant membership in the app's database (there is no UI for it yet). */
async function addMembership(email: string, slug: string, role: "owner" | "staff") {
  installNodeWebSocket();
  const handle = createDatabase({
    url: inject("appDatabaseUrl"),
    wsProxy: inject("testDatabaseServer").wsProxy,
  });
  try {
    const user = await handle.db.query.users.findFirst({
      where: (users, { eq }) => eq(users.email, email),
    });
    const restaurant = await handle.db.query.restaurants.findFirst({
      where: (restaurants, { eq }) => eq(restaurants.slug, slug),
    });
    if (!user || !restaurant) throw new Error(`no user ${email} or restaurant ${slug}`);
    await handle.db
      .insert(restaurantMembers)
      .values({ userId: user.id, restaurantId: restaurant.id, role });
  } finally {
    await handle.end();
  }
}

/** Fills the sign-in form and submits it; resolves once Auth.js has answered. */
async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  return answered;
}

function accountNav(page: Page) {
  return page.getByRole("navigation", { name: "Account" });
}

async function formAlertText(page: Page) {
  const alert = page.locator("[data-form-alert]");
  await alert.waitFor();
  return (await alert.textContent())?.trim();
}

/** The error a field's `aria-describedby` points at, after checking it is marked invalid. */
async function fieldError(page: Page, label: string) {
  const input = page.getByLabel(label, { exact: true });
  await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
  const ids = (await input.getAttribute("aria-describedby"))?.split(" ") ?? [];
  const texts = await Promise.all(
    ids.map((id) => page.locator(`[id="${id}"][role="alert"]`).allTextContents()),
  );
  return texts.flat().join(" ");
}

function focusedFieldName(page: Page) {
  return page.evaluate(() => document.activeElement?.getAttribute("name") ?? null);
}

describe("sign-up", () => {
  it("signs up and in at once, then changes the password: only the new one works after", async () => {
    const page = await newPage();
    const account = newAccount();
    const signUps: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/trpc/auth.signUp")) signUps.push(request.url());
    });

    await open(page, "/sign-up");
    expect(await page.title()).toBe("Create your account · Dishpatch");
    await page.getByLabel("Name").fill(account.name);
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    // A double click must not send the form twice.
    await page.getByRole("button", { name: "Create account" }).dblclick();
    await page.waitForURL(`${baseUrl}/`);
    expect(signUps).toHaveLength(1);

    // Signed in: the header names the new account and leads to it.
    await accountNav(page).getByRole("link", { name: account.name }).click();
    await page.waitForURL(`${baseUrl}/account`);
    expect(await page.title()).toBe("Your account · Dishpatch");
    expect(await page.getByTestId("account-email").textContent()).toBe(account.email);

    await page.getByLabel("Current password").fill(account.password);
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("Confirm new password").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Password changed. Other devices have been signed out.").waitFor();
    // This browser got a fresh session cookie and is still signed in.
    await page.reload({ waitUntil: "networkidle" });
    expect(new URL(page.url()).pathname).toBe("/account");

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL(`${baseUrl}/`);
    await accountNav(page).getByRole("link", { name: "Sign in" }).waitFor();

    await open(page, "/sign-in");
    const refused = await submitSignIn(page, account.email, account.password);
    expect(refused.status()).toBe(200);
    expect(await formAlertText(page)).toBe("Email or password is incorrect.");

    await submitSignIn(page, account.email, newPassword);
    await page.waitForURL(`${baseUrl}/`);
    await accountNav(page).getByRole("link", { name: account.name }).waitFor();
  });

  it("checks the fields before sending anything", async () => {
    const page = await newPage({ viewport: mobile });
    const apiCalls: string[] = [];
    await open(page, "/sign-up");
    page.on("request", (request) => {
      if (request.url().includes("/api/")) apiCalls.push(request.url());
    });

    await page.getByLabel("Name").fill("Ada");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    expect(await fieldError(page, "Email")).toBe("Enter a valid email address");
    expect(await fieldError(page, "Password")).toBe("Use at least 8 characters");
    expect(await page.getByLabel("Name").getAttribute("aria-invalid")).toBeNull();
    // Focus goes to the first field to fix.
    await expect.poll(() => focusedFieldName(page)).toBe("email");
    await screenshot(page, "sign-up-errors-mobile");

    // Editing a field hides its error until the next submit.
    await page.getByLabel("Email").fill("ada@example.test");
    await expect.poll(() => page.getByLabel("Email").getAttribute("aria-invalid")).toBeNull();
    await page.getByLabel("Password").fill("password123");
    await page.getByRole("button", { name: "Create account" }).click();
    expect(await fieldError(page, "Password")).toBe("This password is too common; choose another");
    await expect.poll(() => focusedFieldName(page)).toBe("password");

    expect(apiCalls).toEqual([]);
  });

  it("says when the email is taken, with a way to sign in instead", async () => {
    const account = await createAccount();
    const page = await newPage();
    await open(page, "/sign-up?callbackUrl=/account");
    await page.getByLabel("Name").fill("Someone else");
    // Emails are compared case-insensitively.
    await page.getByLabel("Email").fill(account.email.toUpperCase());
    await page.getByLabel("Password").fill("another-good-password-7");
    await page.getByRole("button", { name: "Create account" }).click();
    expect(await formAlertText(page)).toBe(
      "An account with this email already exists. Sign in instead",
    );
    expect(
      await page
        .locator("[data-form-alert]")
        .getByRole("link", { name: "Sign in instead" })
        .getAttribute("href"),
    ).toBe("/sign-in?callbackUrl=%2Faccount");
    await screenshot(page, "sign-up-conflict-desktop");
  });
});

describe("sign-in", () => {
  it("gives an unknown email and a wrong password the same answer", async () => {
    const account = await createAccount();
    const page = await newPage({ viewport: mobile });
    await open(page, "/sign-in");
    expect(await page.title()).toBe("Sign in · Dishpatch");

    await submitSignIn(page, `nobody-${crypto.randomUUID()}@example.test`, account.password);
    const unknownEmail = await formAlertText(page);
    // With no single field to blame, focus goes to the message.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.hasAttribute("data-form-alert")))
      .toBe(true);
    await screenshot(page, "sign-in-error-mobile");

    await submitSignIn(page, account.email, "not-the-password-1");
    const wrongPassword = await formAlertText(page);
    expect(unknownEmail).toBe("Email or password is incorrect.");
    expect(wrongPassword).toBe(unknownEmail);
  });

  it("sends a signed-out visitor from /account to sign in, and back again after", async () => {
    const account = await createAccount();
    const page = await newPage();
    await open(page, "/account");
    const url = new URL(page.url());
    expect(url.pathname).toBe("/sign-in");
    expect(url.searchParams.get("callbackUrl")).toBe("/account");
    // The way to sign up keeps the return address.
    expect(await page.getByRole("link", { name: "Create an account" }).getAttribute("href")).toBe(
      "/sign-up?callbackUrl=%2Faccount",
    );

    await submitSignIn(page, account.email, account.password);
    await page.waitForURL(`${baseUrl}/account`);
    await page.getByRole("heading", { name: "Your account" }).waitFor();

    // Signed in already: the sign-in page sends visitors on, to local paths only.
    const destinations: [string, string][] = [
      ["/account", "/account"],
      ["https://evil.example/", "/"],
      ["//evil.example/", "/"],
      ["/\\evil.example/", "/"],
      ["/\t/evil.example", "/"],
      ["javascript:alert(1)", "/"],
    ];
    for (const [callbackUrl, expected] of destinations) {
      await page.goto(`${baseUrl}/sign-in?${new URLSearchParams({ callbackUrl }).toString()}`);
      const landed = new URL(page.url());
      expect({ callbackUrl, origin: landed.origin, path: landed.pathname }).toEqual({
        callbackUrl,
        origin: baseUrl,
        path: expected,
      });
    }
  });

  it("ignores a callbackUrl to another site", async () => {
    const account = await createAccount();
    const page = await newPage();
    await open(page, `/sign-in?callbackUrl=${encodeURIComponent("https://evil.example/")}`);
    await submitSignIn(page, account.email, account.password);
    await page.waitForURL(`${baseUrl}/`);
  });

  it("tells a rate-limited person when to try again", async () => {
    const account = await createAccount();
    const page = await newPage();
    await open(page, "/sign-in");
    // Five attempts per account in 15 minutes; the sixth is refused before the password check.
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await submitSignIn(page, account.email, `wrong-password-${attempt}`);
      expect(response.status()).toBe(200);
    }
    const refused = await submitSignIn(page, account.email, account.password);
    expect(refused.status()).toBe(429);
    expect(await formAlertText(page)).toMatch(
      /^Too many attempts, try again in \d+ (minutes?|seconds?)\.$/,
    );
  });

  it("shows why Auth.js sent the visitor back, and no GitHub button when it is not set up", async () => {
    const page = await newPage();
    await open(page, "/sign-in?error=OAuthCallbackError");
    expect(await formAlertText(page)).toBe("GitHub sign-in did not complete. Please try again.");
    await open(page, "/sign-in?error=CredentialsSignin&code=account_suspended");
    expect(await formAlertText(page)).toMatch(/^This account has been suspended/);
    expect(await page.getByRole("button", { name: "Continue with GitHub" }).count()).toBe(0);
  });
});

describe("sessions", () => {
  it("signs every browser out with 'Sign out everywhere'", async () => {
    const account = await createAccount();
    const here = await newPage();
    const elsewhere = await newPage({ viewport: mobile });
    for (const page of [here, elsewhere]) {
      await open(page, "/sign-in");
      await submitSignIn(page, account.email, account.password);
      await page.waitForURL(`${baseUrl}/`);
      await accountNav(page).getByRole("link", { name: account.name }).waitFor();
    }

    await open(here, "/account");
    await here.getByRole("button", { name: "Sign out everywhere" }).click();
    // A confirmation step first; focus moves to its button.
    const confirm = here.getByRole("button", { name: "Yes, sign out everywhere" });
    await expect
      .poll(() => here.evaluate(() => document.activeElement?.textContent))
      .toBe("Yes, sign out everywhere");
    await screenshot(here, "account-sign-out-everywhere-confirm");
    await confirm.click();
    await here.waitForURL(`${baseUrl}/sign-in`);
    await accountNav(here).getByRole("link", { name: "Sign in" }).waitFor();

    await elsewhere.reload({ waitUntil: "networkidle" });
    await accountNav(elsewhere).getByRole("link", { name: "Sign in" }).waitFor();
    await open(elsewhere, "/account");
    expect(new URL(elsewhere.url()).pathname).toBe("/sign-in");
  });
});

describe("looks", () => {
  it("renders sign-in, sign-up and the account page on a phone and a desktop", async () => {
    for (const [size, viewport] of [
      ["mobile", mobile],
      ["desktop", desktop],
    ] as const) {
      const page = await newPage({ viewport });
      for (const name of ["sign-in", "sign-up"]) {
        await open(page, `/${name}`);
        await screenshot(page, `${name}-${size}`);
      }
    }
    const dark = await newPage({ viewport: mobile, colorScheme: "dark" });
    await open(dark, "/sign-in");
    await screenshot(dark, "sign-in-mobile-dark");
    await dark.setViewportSize({ width: 360, height: 740 });

    const account = await createAccount();
    await addMembership(account.email, "la-tavola", "owner");
    await addMembership(account.email, "green-bowl", "staff");
    const page = await newPage({ viewport: mobile });
    await open(page, "/sign-in?callbackUrl=/account");
    await submitSignIn(page, account.email, account.password);
    await page.waitForURL(`${baseUrl}/account`);
    const memberships = page.getByRole("list", { name: "Restaurant memberships" });
    expect(await memberships.getByRole("listitem").allTextContents()).toEqual([
      "Green BowlStaff",
      "La TavolaOwner",
    ]);
    await screenshot(page, "account-mobile");

    // Renaming shows at once, in the header too.
    const renamed = `${account.name} Lovelace`;
    await page.getByLabel("Name").fill(renamed);
    await page.getByRole("button", { name: "Save name" }).click();
    await page.getByText("Profile saved.").waitFor();
    await accountNav(page).getByRole("link", { name: renamed }).waitFor();

    // Nothing scrolls sideways on a small phone.
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/account", "/sign-in", "/sign-up"]) {
      const target = path === "/account" ? page : dark;
      await open(target, path);
      expect({
        path,
        width: await target.evaluate(() => document.documentElement.scrollWidth),
      }).toEqual({ path, width: target.viewportSize()?.width });
    }

    // The account page arrives with its data: no API call after it loads.
    const apiCalls: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/trpc")) apiCalls.push(request.url());
    });
    await page.setViewportSize(desktop);
    await open(page, "/account");
    expect(apiCalls).toEqual([]);
    await screenshot(page, "account-desktop");
    await page.emulateMedia({ colorScheme: "dark" });
    await screenshot(page, "account-desktop-dark");
  });
});
