import type { TestDatabase } from "@dishpatch/db/testing";
import { menuCategories, menuItems, promoCodes } from "@dishpatch/db/schema";
import { createTestDatabase } from "@dishpatch/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { RouterInputs } from "../src";
import type { TestUser } from "./support";
import { appRouter } from "../src";
import { accessRuleOf, codeOf, createOwnedRestaurant, fieldsOf, outcomeOf } from "./fixtures-owner";
import { callerAs, createUser, openAroundTheClock } from "./support";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
});
afterAll(async () => {
  await database.drop();
});

const as = (user: TestUser | null) => callerAs(database.db, user).caller;

type PromoRules = RouterInputs["promo"]["create"]["rules"];
const HOUR = 3_600_000;

function rules(overrides: Partial<PromoRules> = {}): PromoRules {
  return {
    discount: { kind: "percent", basisPoints: 1500 },
    minimumSubtotal: 2000,
    startsAt: null,
    endsAt: null,
    maxUses: null,
    maxUsesPerCustomer: 1,
    ...overrides,
  };
}

async function team() {
  const owner = await createUser(database.db);
  const staff = await createUser(database.db);
  const outsider = await createUser(database.db);
  const restaurant = await createOwnedRestaurant(database.db, [
    [owner, "owner"],
    [staff, "staff"],
  ]);
  return { owner, staff, outsider, restaurantId: restaurant.id };
}

describe("access rules", () => {
  it("declares promo procedures owner-only", () => {
    const procedures: Record<string, unknown> = appRouter._def.procedures;
    const accessOf = (path: string) => accessRuleOf(procedures, path);
    expect(["promo.create", "promo.list", "promo.deactivate"].map(accessOf)).toEqual([
      "restaurant:owner",
      "restaurant:owner",
      "restaurant:owner",
    ]);
  });
});

describe("promo.create", () => {
  it("stores percent and fixed codes upper-case, redeemable at once", async () => {
    const { owner, restaurantId } = await team();
    const percent = await as(owner).promo.create({
      restaurantId,
      code: " welcome-15 ",
      rules: rules(),
    });
    expect(percent).toMatchObject({
      code: "WELCOME-15",
      discount: { kind: "percent", basisPoints: 1500 },
      minimumSubtotal: 2000,
      maxUses: null,
      maxUsesPerCustomer: 1,
      uses: 0,
      active: true,
      redeemableNow: true,
      unavailableBecause: null,
    });
    const startsAt = new Date(Date.now() + 24 * HOUR);
    const fixed = await as(owner).promo.create({
      restaurantId,
      code: "FIVER",
      rules: rules({
        discount: { kind: "fixed", amount: 500 },
        startsAt,
        endsAt: new Date(startsAt.getTime() + 7 * 24 * HOUR),
        maxUses: 100,
        maxUsesPerCustomer: null,
      }),
    });
    expect(fixed).toMatchObject({
      code: "FIVER",
      discount: { kind: "fixed", amount: 500 },
      startsAt,
      maxUses: 100,
      redeemableNow: false,
      unavailableBecause: "PROMO_NOT_STARTED",
    });
    const [stored] = await database.db
      .select({ kind: promoCodes.kind, value: promoCodes.value })
      .from(promoCodes)
      .where(eq(promoCodes.id, fixed.id));
    expect(stored).toEqual({ kind: "fixed", value: 500 });
  });

  it("answers a code the restaurant already has (in any case) with CONFLICT on code", async () => {
    const { owner, restaurantId } = await team();
    const elsewhere = await team();
    await as(owner).promo.create({ restaurantId, code: "SAVE10", rules: rules() });
    const outcome = await outcomeOf(
      as(owner).promo.create({ restaurantId, code: "save10", rules: rules() }),
    );
    expect(outcome).toEqual({ code: "CONFLICT", fields: { code: ["This code already exists"] } });
    // Codes are per restaurant: another one may use the same text.
    expect(
      await codeOf(
        as(elsewhere.owner).promo.create({
          restaurantId: elsewhere.restaurantId,
          code: "SAVE10",
          rules: rules(),
        }),
      ),
    ).toBe("OK");
  });

  it("refuses malformed codes, discounts, windows and limits with field errors", async () => {
    const { owner, restaurantId } = await team();
    const create = (code: string, r: PromoRules) =>
      fieldsOf(as(owner).promo.create({ restaurantId, code, rules: r }));
    expect(await create("A", rules())).toEqual(["code"]);
    expect(await create("HAS SPACE", rules())).toEqual(["code"]);
    expect(await create("X".repeat(33), rules())).toEqual(["code"]);
    expect(await create("OK1", rules({ discount: { kind: "percent", basisPoints: 0 } }))).toEqual([
      "rules.discount.basisPoints",
    ]);
    expect(
      await create("OK2", rules({ discount: { kind: "percent", basisPoints: 10_001 } })),
    ).toEqual(["rules.discount.basisPoints"]);
    expect(await create("OK3", rules({ discount: { kind: "fixed", amount: 0 } }))).toEqual([
      "rules.discount.amount",
    ]);
    const now = Date.now();
    expect(
      await create("OK4", rules({ startsAt: new Date(now), endsAt: new Date(now - HOUR) })),
    ).toEqual(["rules.endsAt"]);
    expect(await create("OK5", rules({ maxUses: 0, maxUsesPerCustomer: 1.5 }))).toEqual([
      "rules.maxUses",
      "rules.maxUsesPerCustomer",
    ]);
    expect(await create("OK6", rules({ minimumSubtotal: -1 }))).toEqual(["rules.minimumSubtotal"]);
    // Within the domain's bounds but beyond what the columns hold: still a field error, not a 500.
    expect(
      await create(
        "OK9",
        rules({ minimumSubtotal: 1e12, discount: { kind: "fixed", amount: 1e12 } }),
      ),
    ).toEqual(["rules.discount.amount", "rules.minimumSubtotal"]);
    expect(
      // @ts-expect-error -- strict: uses are counted by checkout, never set.
      await codeOf(as(owner).promo.create({ restaurantId, code: "OK7", rules: rules(), uses: 5 })),
    ).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        // @ts-expect-error -- strict inside the rules too.
        as(owner).promo.create({ restaurantId, code: "OK8", rules: { ...rules(), uses: 5 } }),
      ),
    ).toBe("BAD_REQUEST");
    expect(await as(owner).promo.list({ restaurantId })).toEqual([]);
  });

  it("is for owners of that restaurant only", async () => {
    const { staff, outsider, restaurantId } = await team();
    const elsewhere = await team();
    const input = { restaurantId, code: "SNEAKY", rules: rules() };
    expect(await codeOf(as(null).promo.create(input))).toBe("UNAUTHORIZED");
    expect(await codeOf(as(outsider).promo.create(input))).toBe("FORBIDDEN");
    expect(await codeOf(as(staff).promo.create(input))).toBe("FORBIDDEN");
    expect(await codeOf(as(elsewhere.owner).promo.create(input))).toBe("FORBIDDEN");
  });
});

describe("promo.list", () => {
  it("lists the restaurant's codes with uses and whether each works now, in two round trips", async () => {
    const { owner, restaurantId } = await team();
    const elsewhere = await team();
    const now = Date.now();
    const create = (code: string, r: PromoRules) =>
      as(owner).promo.create({ restaurantId, code, rules: r });
    const live = await create("LIVE", rules());
    const expired = await create(
      "EXPIRED",
      rules({ startsAt: new Date(now - 48 * HOUR), endsAt: new Date(now - HOUR) }),
    );
    const exhausted = await create("USEDUP", rules({ maxUses: 2 }));
    await database.db.update(promoCodes).set({ uses: 2 }).where(eq(promoCodes.id, exhausted.id));
    await as(elsewhere.owner).promo.create({
      restaurantId: elsewhere.restaurantId,
      code: "OTHER",
      rules: rules(),
    });

    const { caller } = callerAs(database.db, owner);
    const before = database.stats.queries;
    const listed = await caller.promo.list({ restaurantId });
    expect(database.stats.queries - before).toBe(2);

    const byCode = Object.fromEntries(listed.map((p) => [p.code, p]));
    expect(Object.keys(byCode).sort()).toEqual(["EXPIRED", "LIVE", "USEDUP"]);
    expect(byCode.LIVE).toMatchObject({ id: live.id, uses: 0, redeemableNow: true });
    expect(byCode.EXPIRED).toMatchObject({
      id: expired.id,
      redeemableNow: false,
      unavailableBecause: "PROMO_EXPIRED",
    });
    expect(byCode.USEDUP).toMatchObject({
      uses: 2,
      maxUses: 2,
      redeemableNow: false,
      unavailableBecause: "PROMO_EXHAUSTED",
    });
  });

  it("is for owners of that restaurant only", async () => {
    const { owner, staff, outsider, restaurantId } = await team();
    const elsewhere = await team();
    expect(await codeOf(as(null).promo.list({ restaurantId }))).toBe("UNAUTHORIZED");
    expect(await codeOf(as(outsider).promo.list({ restaurantId }))).toBe("FORBIDDEN");
    expect(await codeOf(as(staff).promo.list({ restaurantId }))).toBe("FORBIDDEN");
    expect(await codeOf(as(elsewhere.owner).promo.list({ restaurantId }))).toBe("FORBIDDEN");
    // @ts-expect-error -- strict input.
    expect(await codeOf(as(owner).promo.list({ restaurantId, all: true }))).toBe("BAD_REQUEST");
  });
});

describe("promo.deactivate", () => {
  it("stops a code for good, idempotently", async () => {
    const { owner, restaurantId } = await team();
    const promo = await as(owner).promo.create({ restaurantId, code: "STOPME", rules: rules() });
    const stopped = await as(owner).promo.deactivate({ restaurantId, promoId: promo.id });
    expect(stopped).toMatchObject({
      id: promo.id,
      active: false,
      redeemableNow: false,
      unavailableBecause: "PROMO_INACTIVE",
    });
    expect(await codeOf(as(owner).promo.deactivate({ restaurantId, promoId: promo.id }))).toBe(
      "OK",
    );
    const [listed] = await as(owner).promo.list({ restaurantId });
    expect(listed?.active).toBe(false);
  });

  it("answers another restaurant's promo id with NOT_FOUND and leaves it alone", async () => {
    const { owner, restaurantId } = await team();
    const elsewhere = await team();
    const theirs = await as(elsewhere.owner).promo.create({
      restaurantId: elsewhere.restaurantId,
      code: "THEIRS",
      rules: rules(),
    });
    expect(await codeOf(as(owner).promo.deactivate({ restaurantId, promoId: theirs.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(as(owner).promo.deactivate({ restaurantId, promoId: "no-such-id" }))).toBe(
      "NOT_FOUND",
    );
    const [row] = await database.db
      .select({ active: promoCodes.active })
      .from(promoCodes)
      .where(eq(promoCodes.id, theirs.id));
    expect(row?.active).toBe(true);
  });

  it("is for owners of that restaurant only", async () => {
    const { owner, staff, outsider, restaurantId } = await team();
    const elsewhere = await team();
    const promo = await as(owner).promo.create({ restaurantId, code: "GUARDED", rules: rules() });
    const input = { restaurantId, promoId: promo.id };
    expect(await codeOf(as(null).promo.deactivate(input))).toBe("UNAUTHORIZED");
    expect(await codeOf(as(outsider).promo.deactivate(input))).toBe("FORBIDDEN");
    expect(await codeOf(as(staff).promo.deactivate(input))).toBe("FORBIDDEN");
    expect(await codeOf(as(elsewhere.owner).promo.deactivate(input))).toBe("FORBIDDEN");
    // Their own restaurant id with this promo id: it is not theirs to know.
    expect(
      await codeOf(
        as(elsewhere.owner).promo.deactivate({
          restaurantId: elsewhere.restaurantId,
          promoId: promo.id,
        }),
      ),
    ).toBe("NOT_FOUND");
    // @ts-expect-error -- strict input.
    expect(await codeOf(as(owner).promo.deactivate({ ...input, active: true }))).toBe(
      "BAD_REQUEST",
    );
  });
});

describe("a promo created here at checkout", () => {
  it("discounts a quote, until it is deactivated", async () => {
    const { owner, restaurantId } = await team();
    const db = database.db;
    // One dish, open around the clock, so the quote never depends on the time it runs.
    await openAroundTheClock(db, restaurantId);
    const [category] = await db
      .insert(menuCategories)
      .values({ restaurantId, name: "Mains" })
      .returning({ id: menuCategories.id });
    const [dish] = await db
      .insert(menuItems)
      .values({ restaurantId, categoryId: category?.id ?? "", name: "Ramen", price: 2000 })
      .returning({ id: menuItems.id });
    const promo = await as(owner).promo.create({
      restaurantId,
      code: "Ramen-Night",
      rules: rules(),
    });
    const quote = () =>
      as(null).cart.quote({
        restaurantId,
        lines: [{ itemId: dish?.id ?? "", quantity: 1, optionIds: [] }],
        fulfillment: "pickup",
        promoCode: "ramen-night",
      });
    // 15 % of 2000.
    expect(await quote()).toMatchObject({ subtotal: 2000, discount: 300, problems: [] });
    await as(owner).promo.deactivate({ restaurantId, promoId: promo.id });
    const after = await quote();
    expect(after.discount).toBe(0);
    expect(after.problems).toEqual([expect.objectContaining({ code: "PROMO_INACTIVE" })]);
  });
});
