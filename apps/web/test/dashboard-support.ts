/**
 * Shared by the dashboard and admin browser tests: browser pages with their own client address
 * (rate limits count per address), signing in through the real form, and API calls as a person.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, inject } from "vitest";

import { Browserless } from "./http-client";

export const baseUrl = inject("appBaseUrl");
export const demoPassword = "dishpatch-demo";
export const mobile = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };

const runPrefix = `10.${octet()}.${octet()}`;
let hosts = 0;
export function freshIp() {
  hosts += 1;
  return `${runPrefix}.${hosts}`;
}
function octet() {
  return Math.floor(Math.random() * 250) + 1;
}

/**
 * A page in a context of its own; script errors are collected for the test to check. The
 * browser's time zone and language are the server's (UTC, English) unless `place` sets others,
 * which is how a test catches text the server and the browser would write differently (React
 * reports that as a hydration error).
 */
export async function newPage(
  browser: Browser,
  contexts: BrowserContext[],
  errors: string[],
  viewport = desktop,
  place: { timezoneId?: string; locale?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    ...place,
    extraHTTPHeaders: { "x-real-ip": freshIp() },
  });
  contexts.push(context);
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    const text = message.text();
    // The tRPC logger link reports refused calls; failed loads are expected refusals too.
    if (message.type() !== "error") return;
    if (text.startsWith("Failed to load resource") || text.startsWith("%c << ")) return;
    errors.push(text);
  });
  return page;
}

/** Signs in through the sign-in form and lands on `path` (a demo account unless a password is given). */
export async function signInAt(page: Page, email: string, path: string, password = demoPassword) {
  await page.goto(`${baseUrl}/sign-in?callbackUrl=${encodeURIComponent(path)}`, {
    waitUntil: "networkidle",
  });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(`${baseUrl}${path}`);
  await page.waitForLoadState("networkidle");
}

/** An HTTP client signed in as `email` (a demo account unless a password is given). */
export async function apiAs(email: string, password = demoPassword) {
  const client = new Browserless(baseUrl, freshIp());
  const res = await client.signIn(email, password);
  expect(res.status).toBe(302);
  expect(res.headers.get("location")).not.toContain("error");
  return client;
}

/** A tRPC query with input, over GET as the web client sends it. */
export function queryWith<T>(client: Browserless, path: string, input: unknown): Promise<T> {
  return client.query<T>(`${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
}

/** A tRPC mutation that must succeed; returns its result. */
export async function mutate<T>(client: Browserless, path: string, input: unknown): Promise<T> {
  const res = await client.mutation(path, input);
  const body = (await res.json()) as { result?: { data: { json: T } }; error?: unknown };
  expect(body.error, `${path} failed: ${JSON.stringify(body.error)}`).toBeUndefined();
  expect(res.status).toBe(200);
  if (!body.result) throw new Error(`${path}: no result`);
  return body.result.data.json;
}

/** Every day, all day (00:00–00:00 runs through midnight): orders never meet "closed". */
export const alwaysOpen = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
  weekday,
  opens: "00:00",
  closes: "00:00",
}));

/** An order's card in the dashboard queue. */
export function card(page: Page, orderId: string) {
  return page.locator(`[data-testid="queue-order"][data-order-id="${orderId}"]`);
}

/** Waits until the order's card sits in the given stage of the queue. */
export async function expectInStage(page: Page, orderId: string, stage: string) {
  await page
    .getByTestId(`stage-${stage}`)
    .locator(`[data-order-id="${orderId}"]`)
    .waitFor({ timeout: 10_000 });
}

/**
 * Signs in as `email` and opens a restaurant's queue, ready once its live stream is up (so the
 * page is hydrated). Signing in straight onto the queue would wait for an idle network, which a
 * page holding a live stream never has.
 */
export async function openQueue(page: Page, email: string, restaurantId: string) {
  await signInAt(page, email, "/dashboard");
  await page.goto(`${baseUrl}/dashboard/${restaurantId}`);
  await expect.poll(() => page.getByTestId("live-status").textContent()).toContain("Live");
}
