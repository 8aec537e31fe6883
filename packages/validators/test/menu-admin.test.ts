import { describe, expect, it } from "vitest";

import {
  reorderInput,
  setRestaurantStatusInput,
  suspendUserInput,
  upsertItemInput,
  upsertOptionGroupInput,
} from "../src";

function failingFields(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[] }[] };
}) {
  return (result.error?.issues ?? []).map((i) => i.path.map(String).join(".")).sort();
}

describe("upsertItemInput", () => {
  it("fills defaults and trims text", () => {
    expect(
      upsertItemInput.parse({ restaurantId: "r", categoryId: "c", name: " Soup ", price: 650 }),
    ).toEqual({
      restaurantId: "r",
      categoryId: "c",
      name: "Soup",
      description: "",
      price: 650,
      stock: null,
      soldOut: false,
    });
  });

  it("refuses negative, fractional and absurd prices, and unlisted fields", () => {
    const base = { restaurantId: "r", categoryId: "c", name: "Soup" };
    for (const price of [-1, 0.5, 1e12]) {
      expect(failingFields(upsertItemInput.safeParse({ ...base, price }))).toEqual(["price"]);
    }
    expect(upsertItemInput.safeParse({ ...base, price: 1, restaurant_id: "x" }).success).toBe(
      false,
    );
  });
});

describe("upsertOptionGroupInput", () => {
  const group = { restaurantId: "r", itemId: "i", name: "Size", minChoices: 1, maxChoices: 1 };
  const option = (name: string, priceDelta = 0) => ({ name, priceDelta });

  it("accepts negative deltas ('no cheese')", () => {
    expect(
      upsertOptionGroupInput.safeParse({ ...group, options: [option("No cheese", -100)] }).success,
    ).toBe(true);
  });

  it("keeps 0 ≤ min ≤ max ≤ number of options", () => {
    const options = [option("A"), option("B")];
    expect(
      failingFields(upsertOptionGroupInput.safeParse({ ...group, minChoices: 2, options })),
    ).toEqual(["minChoices"]);
    expect(
      failingFields(upsertOptionGroupInput.safeParse({ ...group, maxChoices: 3, options })),
    ).toEqual(["maxChoices"]);
    expect(
      failingFields(upsertOptionGroupInput.safeParse({ ...group, minChoices: -1, options })),
    ).toEqual(["minChoices"]);
  });
});

describe("reorderInput", () => {
  it("takes categories or a category's items, each id once", () => {
    expect(
      reorderInput.safeParse({ restaurantId: "r", kind: "categories", ids: ["a", "b"] }).success,
    ).toBe(true);
    expect(reorderInput.safeParse({ restaurantId: "r", kind: "items", ids: ["a"] }).success).toBe(
      false,
    );
    expect(
      failingFields(
        reorderInput.safeParse({ restaurantId: "r", kind: "categories", ids: ["a", "a"] }),
      ),
    ).toEqual(["ids"]);
  });
});

describe("admin inputs", () => {
  it("require a reason to suspend, not to approve or reinstate", () => {
    expect(
      failingFields(setRestaurantStatusInput.safeParse({ restaurantId: "r", status: "suspended" })),
    ).toEqual(["reason"]);
    expect(
      setRestaurantStatusInput.safeParse({ restaurantId: "r", status: "active" }).success,
    ).toBe(true);
    expect(
      setRestaurantStatusInput.safeParse({ restaurantId: "r", status: "pending" }).success,
    ).toBe(false);
    expect(
      failingFields(suspendUserInput.safeParse({ userId: "u", suspended: true, reason: " " })),
    ).toEqual(["reason"]);
    expect(suspendUserInput.safeParse({ userId: "u", suspended: false }).success).toBe(true);
  });
});
