/**
 * Accessibility of the main pages in Debian's Chromium: axe-core runs on each page in light and
 * dark mode, at phone (390 px) and desktop (1280 px) width, and any `serious` or `critical`
 * violation fails the test with the rule and the elements it found. Every page is also saved as a
 * full-page screenshot per width (light; dark on phones) under test-results/screenshots/.
 * The browser is set to New Zealand time and German, far from the server's UTC and English: a
 * script error or any text the browser would write differently from the server's HTML (a
 * hydration error) fails the page too.
 *
 * Signed-in pages use ONE fresh person, signed in once: they are an admin, own a restaurant of
 * their own (open around the clock, approved in the database) and ordered there, so every page
 * has real content without touching seeded rows or the demo accounts' sign-in budget.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { AxeBuilder } from "@axe-core/playwright";
import { mkdir } from "node:fs/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import type { Kitchen, Person } from "./fresh-world";
import { launchChromium } from "./browser";
import { apiAs, baseUrl, desktop, mobile, newPage, signInAt } from "./dashboard-support";
import { makeAdmin, openKitchen, placePickupOrder, signUpPerson } from "./fresh-world";

/** The part of axe's results this test reads (axe-core's own types are not a dependency here). */
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const screenshotDir = new URL("../test-results/screenshots/", import.meta.url);
const widths = [mobile, desktop] as const;
const schemes = ["light", "dark"] as const;
const abroad = { timezoneId: "Pacific/Auckland", locale: "de-DE" };

let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];
let visitor: Page;
let member: Page;
let person: Person;
let kitchen: Kitchen;
let orderId: string;

beforeAll(async () => {
  await mkdir(screenshotDir, { recursive: true });
  browser = await launchChromium();
  person = await signUpPerson("Axe Person");
  await makeAdmin(person.email);
  const api = await apiAs(person.email, person.password);
  kitchen = await openKitchen(api, "Axe Bakery");
  orderId = await placePickupOrder(api, kitchen);

  visitor = await newPage(browser, contexts, errors, mobile, abroad);
  member = await newPage(browser, contexts, errors, mobile, abroad);
  await signInAt(member, person.email, "/orders", person.password);
  // A cart for checkout, as the restaurant page would have stored it.
  await member.evaluate(
    ({ key, cart }) => {
      window.localStorage.setItem(key, JSON.stringify(cart));
    },
    {
      key: "dishpatch.cart.v1",
      cart: {
        restaurant: { id: kitchen.id, slug: kitchen.slug, name: kitchen.name, currency: "USD" },
        lines: [
          {
            key: kitchen.itemId,
            itemId: kitchen.itemId,
            name: kitchen.itemName,
            quantity: 1,
            optionIds: [],
            optionNames: [],
          },
        ],
        fulfillment: "pickup",
        tipPercent: 10,
        promoCode: "",
        checkout: null,
      },
    },
  );
}, 120_000);
afterEach(() => {
  // Drained in place: pages made in beforeAll keep pushing to this same array.
  expect(errors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser.close();
});

/** The rule, its impact and the first elements it flagged: enough to find and fix it. */
function describeViolations(violations: readonly AxeViolation[]) {
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => ({
        target: node.target.map(String).join(" "),
        why: node.failureSummary?.split("\n").slice(1, 2).join(" ").trim(),
      })),
    }));
}

interface PageCheck {
  name: string;
  who: "visitor" | "member";
  path: () => string;
  /** Resolves once the page shows what it is for (pages holding a stream never go idle). */
  ready: (page: Page) => Promise<unknown>;
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).first().waitFor();

const pages: PageCheck[] = [
  {
    name: "home",
    who: "visitor",
    path: () => "/",
    ready: (p) => p.getByRole("list", { name: "Restaurants" }).waitFor(),
  },
  { name: "restaurant", who: "visitor", path: () => "/r/la-tavola", ready: heading },
  { name: "sign-in", who: "visitor", path: () => "/sign-in", ready: heading },
  { name: "sign-up", who: "visitor", path: () => "/sign-up", ready: heading },
  { name: "docs-api", who: "visitor", path: () => "/docs/api", ready: heading },
  {
    name: "checkout",
    who: "member",
    path: () => "/checkout",
    ready: (p) => p.getByTestId("quote-total").first().waitFor(),
  },
  {
    name: "order",
    who: "member",
    path: () => `/orders/${orderId}`,
    ready: (p) => p.getByTestId("order-status").first().waitFor(),
  },
  {
    name: "orders",
    who: "member",
    path: () => "/orders",
    ready: (p) => p.getByRole("list", { name: "Orders" }).waitFor(),
  },
  { name: "dashboard", who: "member", path: () => "/dashboard", ready: heading },
  {
    name: "queue",
    who: "member",
    path: () => `/dashboard/${kitchen.id}`,
    ready: (p) => expect.poll(() => p.getByTestId("live-status").textContent()).toContain("Live"),
  },
  {
    name: "order-history",
    who: "member",
    path: () => `/dashboard/${kitchen.id}/orders`,
    ready: (p) => p.getByTestId("history-order").first().waitFor(),
  },
  {
    name: "reports",
    who: "member",
    path: () => `/dashboard/${kitchen.id}/reports`,
    ready: heading,
  },
  {
    name: "admin",
    who: "member",
    path: () => "/admin",
    ready: (p) => p.getByTestId("all-restaurants").waitFor(),
  },
  {
    name: "admin-users",
    who: "member",
    path: () => "/admin/users",
    ready: (p) => p.getByTestId("admin-user").first().waitFor(),
  },
  {
    name: "admin-orders",
    who: "member",
    path: () => "/admin/orders",
    ready: (p) => p.getByTestId("admin-order").first().waitFor(),
  },
];

describe("accessibility (axe: no serious or critical violations) and screenshots", () => {
  it.each(pages)(
    "$name",
    async ({ name, who, path, ready }) => {
      const page = who === "visitor" ? visitor : member;
      await page.setViewportSize(mobile);
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(`${baseUrl}${path()}`);
      await ready(page);
      const found: Record<string, ReturnType<typeof describeViolations>> = {};
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        // Colours change with a transition: checked mid-way, contrast would be of a blend.
        await page.waitForFunction(() =>
          document.getAnimations().every((animation) => !(animation instanceof CSSTransition)),
        );
        for (const viewport of widths) {
          await page.setViewportSize(viewport);
          const results = await new AxeBuilder({ page }).analyze();
          const serious = describeViolations(results.violations);
          if (serious.length > 0) found[`${scheme} ${viewport.width}px`] = serious;
          if (scheme === "light" || viewport === mobile) {
            await page.screenshot({
              path: new URL(`${name}-${viewport.width}-${scheme}.png`, screenshotDir).pathname,
              fullPage: true,
            });
          }
        }
      }
      expect(found).toEqual({});
    },
    90_000,
  );
});
