/**
 * The cast of the authorization matrix and the fuzz: two customers, restaurant X (owner +
 * staff), restaurant Y (owner), an admin, each in a database of its own.
 */
import type { Database } from "@dishpatch/db";
import { restaurantMembers } from "@dishpatch/db/schema";

import type { Kitchen } from "../fixtures-orders";
import type { TestUser } from "../support";
import { advanceOrder, checkout, createKitchen, placeOrderAs } from "../fixtures-orders";
import { createUser } from "../support";

export const roles = [
  "anonymous",
  "customerA",
  "customerB",
  "staffX",
  "ownerX",
  "ownerY",
  "admin",
] as const;
export type Role = (typeof roles)[number];

export interface World {
  db: Database;
  people: Record<Exclude<Role, "anonymous">, TestUser>;
  x: Kitchen;
  y: Kitchen;
}

export async function createWorld(db: Database): Promise<World> {
  const [customerA, customerB, staffX, ownerX, ownerY, admin] = await Promise.all([
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db, { role: "admin" }),
  ]);
  const x = await createKitchen(
    db,
    [
      [ownerX, "owner"],
      [staffX, "staff"],
    ],
    { soupStock: 100_000 },
  );
  const y = await createKitchen(db, [[ownerY, "owner"]], { soupStock: 100_000 });
  return { db, people: { customerA, customerB, staffX, ownerX, ownerY, admin }, x, y };
}

export function personOf(world: World, role: Role): TestUser | null {
  return role === "anonymous" ? null : world.people[role];
}

/** A fresh order of customer A at restaurant X, still `placed` (or moved on by `steps`). */
export async function orderOfA(
  world: World,
  steps: Parameters<typeof advanceOrder>[4] = [],
): Promise<string> {
  const orderId = await placeOrderAs(world.db, world.people.customerA, checkout(world.x));
  if (steps.length > 0) {
    await advanceOrder(world.db, world.people.staffX, world.x.restaurantId, orderId, steps);
  }
  return orderId;
}

/** A throwaway member of restaurant X, for calls that remove one. */
export async function extraStaffOfX(world: World): Promise<string> {
  const user = await createUser(world.db);
  await world.db
    .insert(restaurantMembers)
    .values({ restaurantId: world.x.restaurantId, userId: user.userId, role: "staff" });
  return user.userId;
}
