/**
 * Set-up for the owner browser tests: fresh accounts (signed up here, so no demo account's
 * sign-in limit is spent), a live restaurant of their own with a one-item menu, and direct
 * reads of the app database to check what the pages did.
 */
import type { Page } from "@playwright/test";
import { createDatabase } from "@dishpatch/db";
import { installNodeWebSocket } from "@dishpatch/db/node";
import { expect, inject } from "vitest";

import { alwaysOpen, baseUrl, freshIp, mutate } from "./dashboard-support";
import { Browserless } from "./http-client";

const password = "owner-test-passphrase";

installNodeWebSocket();
export const appDatabase = createDatabase({
  url: inject("appDatabaseUrl"),
  wsProxy: inject("testDatabaseServer").wsProxy,
});

/** Plain SQL against the app database (the test arranges and checks rows no UI shows). */
export async function sqlRows<T extends Record<string, unknown>>(
  text: string,
  params: unknown[],
): Promise<T[]> {
  const result = await appDatabase.db.$client.query<T>(text, params);
  return result.rows;
}

export interface Person {
  email: string;
  name: string;
  password: string;
}

/** Signs up a new account over HTTP, from an address of its own. */
export async function signUp(label: string): Promise<Person> {
  const person = {
    email: `${label}-${crypto.randomUUID().slice(0, 8)}@example.com`,
    name: `${label[0]?.toUpperCase() ?? ""}${label.slice(1)} Tester`,
    password,
  };
  const res = await fetch(`${baseUrl}/api/trpc/auth.signUp`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-real-ip": freshIp() },
    body: JSON.stringify({ json: person }),
  });
  expect(res.status).toBe(200);
  return person;
}

/** An HTTP client signed in as `person`. */
export async function clientOf(person: Person): Promise<Browserless> {
  const client = new Browserless(baseUrl, freshIp());
  const res = await client.signIn(person.email, person.password);
  expect(res.headers.get("location")).not.toContain("error");
  return client;
}

/** Signs in through the form and lands on `path` (which must not hold a live stream). */
export async function signInOnPage(page: Page, person: Person, path: string) {
  await page.goto(`${baseUrl}/sign-in?callbackUrl=${encodeURIComponent(path)}`, {
    waitUntil: "networkidle",
  });
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(`${baseUrl}${path}`);
  await page.waitForLoadState("networkidle");
}

export interface OwnedRestaurant {
  id: string;
  itemId: string;
  /** The item's price in cents (USD). */
  price: number;
}

/**
 * `owner` applies over the API; the test approves the application in the database (the admin
 * flow is the admin tests' business), then opens it all day with a one-item menu.
 */
export async function liveRestaurantOf(owner: Browserless): Promise<OwnedRestaurant> {
  const slug = `owner-test-${crypto.randomUUID().slice(0, 8)}`;
  const restaurant = await mutate<{ id: string }>(owner, "restaurant.create", {
    name: `Owner Test ${slug.slice(-8)}`,
    slug,
    cuisine: "Test",
    currency: "USD",
    timeZone: "America/New_York",
  });
  await sqlRows("update restaurants set status = 'active' where id = $1", [restaurant.id]);
  const restaurantId = restaurant.id;
  await mutate(owner, "restaurant.setHours", { restaurantId, hours: alwaysOpen });
  await mutate(owner, "restaurant.setAcceptingOrders", { restaurantId, acceptingOrders: true });
  const category = await mutate<{ id: string }>(owner, "menu.upsertCategory", {
    restaurantId,
    name: "Mains",
  });
  const price = 2000;
  const item = await mutate<{ id: string }>(owner, "menu.upsertItem", {
    restaurantId,
    categoryId: category.id,
    name: "Test Lasagne",
    price,
  });
  return { id: restaurantId, itemId: item.id, price };
}

/** Makes `person` a member of the restaurant directly in the database. */
export async function addMember(person: Person, restaurantId: string, role: "owner" | "staff") {
  await sqlRows(
    `insert into restaurant_members (restaurant_id, user_id, role)
     select $1, id, $2::member_role from users where email = $3`,
    [restaurantId, role, person.email],
  );
}

/** The person's roles in the restaurant, from the database. */
export async function rolesIn(restaurantId: string, email: string) {
  const rows = await sqlRows<{ role: string }>(
    `select m.role from restaurant_members m join users u on u.id = m.user_id
     where m.restaurant_id = $1 and u.email = $2`,
    [restaurantId, email],
  );
  return rows.map((row) => row.role);
}
