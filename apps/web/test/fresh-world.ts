/**
 * Fresh people and places for browser tests that must not lean on the seeded demo accounts
 * (sign-in is limited to 5 per account per 15 minutes, and other test files use those) nor
 * change seeded rows other files read. A person is signed up through the API; what the app has
 * no self-service for (being an admin, an approved restaurant) is arranged in its database.
 */
import { createDatabase } from "@dishpatch/db";
import { installNodeWebSocket } from "@dishpatch/db/node";
import { expect, inject } from "vitest";

import type { Browserless } from "./http-client";
import { alwaysOpen, baseUrl, freshIp, mutate } from "./dashboard-support";
import { Browserless as Client } from "./http-client";

export interface Person {
  email: string;
  password: string;
  name: string;
}

/** Signs up a new person (never signed in here: the test decides when, and how often). */
export async function signUpPerson(label: string): Promise<Person> {
  const id = crypto.randomUUID().slice(0, 8);
  const person = {
    name: `${label} ${id}`,
    email: `${label.toLowerCase().replaceAll(" ", "-")}-${id}@example.test`,
    password: "a-fresh-test-passphrase-9",
  };
  const res = await new Client(baseUrl, freshIp()).mutation("auth.signUp", person);
  expect(res.status).toBe(200);
  return person;
}

/** Runs `work` against the app's own database (the one `next start` serves). */
export async function withAppDatabase<T>(
  work: (db: ReturnType<typeof createDatabase>["db"]) => Promise<T>,
): Promise<T> {
  installNodeWebSocket();
  const handle = createDatabase({
    url: inject("appDatabaseUrl"),
    wsProxy: inject("testDatabaseServer").wsProxy,
  });
  try {
    return await work(handle.db);
  } finally {
    await handle.end();
  }
}

/** Makes a person an administrator; do it before they sign in (roles travel in the session). */
export function makeAdmin(email: string) {
  return withAppDatabase(async (db) => {
    await db.$client.query("update users set role = 'admin' where email = $1", [email]);
  });
}

export interface Kitchen {
  id: string;
  slug: string;
  name: string;
  itemId: string;
  itemName: string;
}

/**
 * A restaurant of the signed-in `owner`, open around the clock, with one dish, approved (in the
 * database: no admin decision, so no audit entries other tests might read first).
 */
export async function openKitchen(owner: Browserless, label: string): Promise<Kitchen> {
  const id = crypto.randomUUID().slice(0, 8);
  const name = `${label} ${id}`;
  const slug = `${label.toLowerCase().replaceAll(" ", "-")}-${id}`;
  const restaurant = await mutate<{ id: string }>(owner, "restaurant.create", {
    name,
    slug,
    cuisine: "Bakery",
    currency: "USD",
    timeZone: "America/New_York",
  });
  await mutate(owner, "restaurant.setHours", { restaurantId: restaurant.id, hours: alwaysOpen });
  // A new restaurant starts paused; this one takes orders.
  await mutate(owner, "restaurant.setAcceptingOrders", {
    restaurantId: restaurant.id,
    acceptingOrders: true,
  });
  const category = await mutate<{ id: string }>(owner, "menu.upsertCategory", {
    restaurantId: restaurant.id,
    name: "Breads",
  });
  const itemName = "Sourdough loaf";
  const item = await mutate<{ id: string }>(owner, "menu.upsertItem", {
    restaurantId: restaurant.id,
    categoryId: category.id,
    name: itemName,
    description: "Slow-fermented, baked every morning.",
    price: 1250,
  });
  await withAppDatabase(async (db) => {
    await db.$client.query("update restaurants set status = 'active' where id = $1", [
      restaurant.id,
    ]);
  });
  return { id: restaurant.id, slug, name, itemId: item.id, itemName };
}

/** A pickup order of two loaves, placed by the signed-in `customer`; returns its id. */
export async function placePickupOrder(customer: Browserless, kitchen: Kitchen): Promise<string> {
  const order = await mutate<{ orderId: string }>(customer, "order.place", {
    restaurantId: kitchen.id,
    lines: [{ itemId: kitchen.itemId, quantity: 2, optionIds: [] }],
    fulfillment: "pickup",
    tip: 0,
    idempotencyKey: crypto.randomUUID(),
  });
  return order.orderId;
}
