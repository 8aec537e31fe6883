/**
 * The procedure builders every later router uses, exercised through a small router of
 * their own against real users and memberships.
 */
import type { TestDatabase } from "@dishpatch/db/testing";
import { createTestDatabase } from "@dishpatch/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { createContextInner } from "../src";
import {
  adminProcedure,
  createCallerFactory,
  protectedProcedure,
  restaurantProcedure,
  router,
} from "../src/trpc";
import type { TestUser } from "./support";
import { createRestaurant, createUser, testLimiter } from "./support";

const probe = router({
  signedIn: protectedProcedure.query(({ ctx }) => ctx.viewer.id),
  adminOnly: adminProcedure.query(() => "admin"),
  staffOnly: restaurantProcedure("staff").query(({ ctx }) => ctx.membership.role),
  ownerOnly: restaurantProcedure("owner").mutation(({ ctx }) => ctx.membership.role),
});
const createProbeCaller = createCallerFactory(probe);

let database: TestDatabase;
let customer: TestUser, admin: TestUser, staffX: TestUser, ownerX: TestUser, ownerY: TestUser;
let restaurantX: string, restaurantY: string;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  [customer, admin, staffX, ownerX, ownerY] = await Promise.all([
    createUser(database.db),
    createUser(database.db, { role: "admin" }),
    createUser(database.db),
    createUser(database.db),
    createUser(database.db),
  ]);
  restaurantX = await createRestaurant(database.db, [
    [ownerX, "owner"],
    [staffX, "staff"],
  ]);
  restaurantY = await createRestaurant(database.db, [[ownerY, "owner"]]);
});
afterAll(async () => {
  await database.drop();
});

function as(user: TestUser | null) {
  return createProbeCaller(
    createContextInner({ db: database.db, session: user, limiter: testLimiter() }),
  );
}

async function outcome(promise: Promise<unknown>) {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe("adminProcedure", () => {
  it("lets admins in and keeps everyone else out", async () => {
    expect(await outcome(as(null).adminOnly())).toBe("UNAUTHORIZED");
    expect(await outcome(as(customer).adminOnly())).toBe("FORBIDDEN");
    expect(await outcome(as(ownerX).adminOnly())).toBe("FORBIDDEN");
    expect(await outcome(as(admin).adminOnly())).toBe("admin");
  });
});

describe("restaurantProcedure", () => {
  it("requires membership of the restaurant named in the input", async () => {
    expect(await outcome(as(null).staffOnly({ restaurantId: restaurantX }))).toBe("UNAUTHORIZED");
    expect(await outcome(as(customer).staffOnly({ restaurantId: restaurantX }))).toBe("FORBIDDEN");
    // An owner elsewhere is nobody here.
    expect(await outcome(as(ownerY).staffOnly({ restaurantId: restaurantX }))).toBe("FORBIDDEN");
    // Platform admins are not restaurant members.
    expect(await outcome(as(admin).staffOnly({ restaurantId: restaurantX }))).toBe("FORBIDDEN");
    expect(await outcome(as(staffX).staffOnly({ restaurantId: restaurantX }))).toBe("staff");
    expect(await outcome(as(ownerX).staffOnly({ restaurantId: restaurantX }))).toBe("owner");
  });

  it("enforces the minimum role", async () => {
    expect(await outcome(as(staffX).ownerOnly({ restaurantId: restaurantX }))).toBe("FORBIDDEN");
    expect(await outcome(as(ownerX).ownerOnly({ restaurantId: restaurantX }))).toBe("owner");
    expect(await outcome(as(ownerX).ownerOnly({ restaurantId: restaurantY }))).toBe("FORBIDDEN");
  });

  it("rejects a missing restaurantId as bad input", async () => {
    // @ts-expect-error -- the input type requires restaurantId; a client may still omit it.
    expect(await outcome(as(ownerX).ownerOnly({}))).toBe("BAD_REQUEST");
  });
});

describe("one user lookup per request", () => {
  it("reads the user once however many checks run", async () => {
    const ctx = createContextInner({ db: database.db, session: ownerX, limiter: testLimiter() });
    const caller = createProbeCaller(ctx);
    const before = database.stats.queries;
    await caller.signedIn();
    await caller.staffOnly({ restaurantId: restaurantX });
    await caller.ownerOnly({ restaurantId: restaurantX });
    expect(database.stats.queries - before).toBe(1);
  });
});
