import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type {
  MenuItemForPricing,
  MenuOptionGroup,
  PriceCartInput,
  PricedCart,
  PricingRestaurant,
  PromoLookup,
} from "../../src/domain";
import { MAX_CART_LINES, MAX_LINE_QUANTITY, currencyCodes, priceCart } from "../../src/domain";

/** True one time in eight. */
const mostlyFalse = fc.noBias(fc.integer({ min: 0, max: 7 })).map((n) => n === 0);
/** True one time in twenty. */
const rarelyTrue = fc.noBias(fc.integer({ min: 0, max: 19 })).map((n) => n === 0);

const optionGroupArb = (itemIndex: number, groupIndex: number) =>
  fc
    .tuple(
      fc.array(fc.integer({ min: -500, max: 5000 }), { maxLength: 5 }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 0, max: 4 }),
      rarelyTrue,
    )
    .map(([deltas, min, extra, unsatisfiable]): MenuOptionGroup => ({
      id: `g${itemIndex}-${groupIndex}`,
      name: `Group ${groupIndex}`,
      // Mostly groups a customer can satisfy; now and then one demanding more than it offers.
      minChoices: unsatisfiable ? min : Math.min(min, deltas.length),
      maxChoices: min + extra,
      options: deltas.map((priceDelta, optionIndex) => ({
        id: `o${itemIndex}-${groupIndex}-${optionIndex}`,
        name: `Option ${optionIndex}`,
        priceDelta,
      })),
    }));

const itemArb = (index: number) =>
  fc
    .record({
      price: fc.integer({ min: 0, max: 1_000_000 }),
      stock: fc.oneof(
        { weight: 3, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 30 }) },
      ),
      soldOut: rarelyTrue,
      foreign: mostlyFalse,
      groups: fc.tuple(optionGroupArb(index, 0), optionGroupArb(index, 1)),
      groupCount: fc.integer({ min: 0, max: 2 }),
    })
    .map(({ price, stock, soldOut, foreign, groups, groupCount }): MenuItemForPricing => ({
      id: `i${index}`,
      restaurantId: foreign && index === 0 ? "elsewhere" : "here",
      name: `Item ${index}`,
      price,
      stock,
      soldOut,
      optionGroups: groups.slice(0, groupCount),
    }));

const menuArb = fc
  .integer({ min: 1, max: 6 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => itemArb(index))));

const restaurantArb: fc.Arbitrary<PricingRestaurant> = fc.record({
  id: fc.constant("here"),
  currency: fc.constantFrom(...currencyCodes),
  // Whole or fractional basis points with up to two decimals, 0–100 %.
  taxRateBasisPoints: fc.integer({ min: 0, max: 1_000_000 }).map((centi) => centi / 100),
  deliveryFee: fc.integer({ min: 0, max: 100_000 }),
  minimumOrder: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100_000 })),
  status: fc.oneof(
    { weight: 8, arbitrary: fc.constant("active" as const) },
    { weight: 1, arbitrary: fc.constantFrom("pending" as const, "suspended" as const) },
  ),
  acceptingOrders: mostlyFalse.map((paused) => !paused),
  openNow: mostlyFalse.map((closed) => !closed),
});

const quantityArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 2, arbitrary: fc.integer({ min: -2, max: MAX_LINE_QUANTITY + 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(0.5, Number.NaN, Infinity, 1e300) },
);

const promoLookupArb: fc.Arbitrary<PromoLookup> = fc.record({
  code: fc.constant("CODE"),
  definition: fc.option(
    fc.record({
      restaurantId: mostlyFalse.map((foreign) => (foreign ? "elsewhere" : "here")),
      code: fc.constant("CODE"),
      discount: fc.oneof(
        fc.record({
          kind: fc.constant("percent"),
          basisPoints: fc.integer({ min: 1, max: 10_000 }),
        }),
        fc.record({ kind: fc.constant("fixed"), amount: fc.integer({ min: 1, max: 500_000 }) }),
      ),
      minimumSubtotal: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50_000 })),
      startsAt: fc.constantFrom(null, null, new Date("2026-01-01"), new Date("2027-01-01")),
      endsAt: fc.constantFrom(null, null, new Date("2026-01-02"), new Date("2028-01-01")),
      maxUses: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      maxUsesPerCustomer: fc.option(fc.integer({ min: 1, max: 2 }), { nil: null }),
      active: mostlyFalse.map((inactive) => !inactive),
    }),
    { nil: null, freq: 8 },
  ),
  usesSoFar: fc.integer({ min: 0, max: 6 }),
  usesByCustomer: fc.integer({ min: 0, max: 3 }),
});
const promoArb: fc.Arbitrary<PromoLookup | null> = fc.oneof(fc.constant(null), promoLookupArb);

/** A whole cart input: a menu, and lines that mostly refer to it with mostly sensible options. */
const cartArb: fc.Arbitrary<PriceCartInput> = fc
  .tuple(restaurantArb, menuArb)
  .chain(([restaurant, items]) => {
    const itemIds = [...items.map((item) => item.id), "ghost"];
    const optionIds = [
      ...items.flatMap((item) => item.optionGroups.flatMap((g) => g.options.map((o) => o.id))),
      "no-such-option",
    ];
    // Mostly lines a well-behaved client would send (options within each group's rules)…
    const validLineArb = fc.constantFrom(...items).chain((item) =>
      fc.record({
        itemId: fc.constant(item.id),
        quantity: fc.integer({ min: 1, max: 3 }),
        optionIds: fc
          .tuple(
            ...item.optionGroups.map((group) =>
              fc.shuffledSubarray(
                group.options.map((option) => option.id),
                {
                  minLength: Math.min(group.minChoices, group.options.length),
                  maxLength: Math.min(group.maxChoices, group.options.length),
                },
              ),
            ),
          )
          .map((picks) => picks.flat()),
      }),
    );
    // …and some that a buggy or hostile one would.
    const anyLineArb = fc.record({
      itemId: fc.constantFrom(...itemIds),
      quantity: quantityArb,
      optionIds: fc.array(fc.constantFrom(...optionIds), { maxLength: 5 }),
    });
    const lineArb = fc.oneof(
      { weight: 6, arbitrary: validLineArb },
      { weight: 1, arbitrary: anyLineArb },
    );
    return fc.record({
      restaurant: fc.constant(restaurant),
      items: fc.constant(items),
      lines: fc.oneof(
        { weight: 5, arbitrary: fc.array(validLineArb, { minLength: 1, maxLength: 8 }) },
        { weight: 4, arbitrary: fc.array(lineArb, { maxLength: 8 }) },
        { weight: 1, arbitrary: fc.array(lineArb, { maxLength: MAX_CART_LINES + 3 }) },
      ),
      fulfillment: fc.constantFrom("delivery", "pickup"),
      tip: fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 0, max: 500 }) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
        { weight: 1, arbitrary: fc.constantFrom(-1, 0.5, Number.NaN, 2 ** 60) },
      ),
      promo: promoArb,
      now: fc.constant(new Date("2026-06-01T12:00:00Z")),
    });
  });

const amounts = (cart: PricedCart) => [
  cart.subtotal,
  cart.discount,
  cart.tax,
  cart.deliveryFee,
  cart.tip,
  cart.total,
  ...cart.lines.flatMap((line) => [line.unitPrice, line.lineTotal]),
];

describe("priceCart (properties)", () => {
  it("total = subtotal − discount + tax + delivery fee + tip, always", () => {
    fc.assert(
      fc.property(cartArb, (input) => {
        const cart = priceCart(input);
        expect(cart.total).toBe(
          cart.subtotal - cart.discount + cart.tax + cart.deliveryFee + cart.tip,
        );
      }),
    );
  });

  it("every amount is a non-negative safe integer", () => {
    fc.assert(
      fc.property(cartArb, (input) => {
        for (const amount of amounts(priceCart(input))) {
          expect(Number.isSafeInteger(amount)).toBe(true);
          expect(amount).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it("discount ≤ subtotal; lines add up; unit × quantity = line total", () => {
    fc.assert(
      fc.property(cartArb, (input) => {
        const cart = priceCart(input);
        expect(cart.discount).toBeLessThanOrEqual(cart.subtotal);
        expect(cart.lines.reduce((sum, line) => sum + line.lineTotal, 0)).toBe(cart.subtotal);
        for (const line of cart.lines) expect(line.lineTotal).toBe(line.unitPrice * line.quantity);
      }),
    );
  });

  it("tax is the rate on (subtotal − discount), rounded half-up, never negative", () => {
    fc.assert(
      fc.property(cartArb, (input) => {
        const cart = priceCart(input);
        const taxed = BigInt(cart.subtotal - cart.discount);
        const rate = BigInt(Math.round(input.restaurant.taxRateBasisPoints * 100)); // per 1,000,000
        // tax − ½ ≤ taxed × rate / 1,000,000 < tax + ½, in integers (×2,000,000):
        const twiceExact = 2n * taxed * rate;
        const twiceTax = 2n * BigInt(cart.tax) * 1_000_000n;
        expect(cart.tax).toBeGreaterThanOrEqual(0);
        expect(twiceTax - 1_000_000n <= twiceExact && twiceExact < twiceTax + 1_000_000n).toBe(
          true,
        );
      }),
    );
  });

  it("pickup costs exactly the delivery fee less than delivery, nothing else changes", () => {
    fc.assert(
      fc.property(cartArb, (input) => {
        const delivery = priceCart({ ...input, fulfillment: "delivery" });
        const pickup = priceCart({ ...input, fulfillment: "pickup" });
        expect(pickup.deliveryFee).toBe(0);
        expect(delivery.deliveryFee).toBe(input.restaurant.deliveryFee);
        expect(delivery.total - pickup.total).toBe(input.restaurant.deliveryFee);
        expect(delivery.problems).toEqual(pickup.problems);
      }),
    );
  });

  it("a cart without problems prices every line it was given", () => {
    fc.assert(
      fc.property(cartArb, (input) => {
        const cart = priceCart(input);
        if (cart.problems.length > 0) return;
        expect(cart.lines.map((line) => line.lineIndex)).toEqual(input.lines.map((_, i) => i));
        expect(cart.tip).toBe(input.tip);
        expect(cart.subtotal - cart.discount).toBeGreaterThanOrEqual(input.restaurant.minimumOrder);
      }),
      // About one generated cart in six is clean; run enough to see many.
      { numRuns: 400 },
    );
  });

  it("problem paths point into the input", () => {
    fc.assert(
      fc.property(cartArb, (input) => {
        for (const { path } of priceCart(input).problems) {
          const [field, index, child, childIndex] = path;
          if (field !== "lines" || index === undefined) continue;
          const line = input.lines[Number(index)];
          expect(line).toBeDefined();
          if (child === "optionIds" && childIndex !== undefined) {
            expect(line?.optionIds[Number(childIndex)]).toBeDefined();
          }
        }
      }),
    );
  });

  it("the order of option ids does not change the price or the snapshot", () => {
    fc.assert(
      fc.property(cartArb, (input) => {
        const reversed = {
          ...input,
          lines: input.lines.map((line) => ({ ...line, optionIds: [...line.optionIds].reverse() })),
        };
        const a = priceCart(input);
        const b = priceCart(reversed);
        expect(b.total).toBe(a.total);
        expect(b.lines).toEqual(a.lines);
        expect(b.problems.map((p) => p.code).sort()).toEqual(a.problems.map((p) => p.code).sort());
      }),
    );
  });
});
