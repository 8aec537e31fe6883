import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { PromoDefinition } from "../../src/domain";
import { evaluatePromo, promoRulesSchema } from "../../src/domain";

const now = new Date("2026-05-01T12:00:00Z");

function promo(overrides: Partial<PromoDefinition> = {}): PromoDefinition {
  return {
    restaurantId: "r1",
    code: "SPRING15",
    discount: { kind: "percent", basisPoints: 1500 },
    minimumSubtotal: 0,
    startsAt: null,
    endsAt: null,
    maxUses: null,
    maxUsesPerCustomer: null,
    active: true,
    ...overrides,
  };
}

const context = { subtotal: 2000, now, usesSoFar: 0, usesByCustomer: 0 };

describe("evaluatePromo: discounts", () => {
  it("takes a percentage of an odd subtotal, rounding the half cent up", () => {
    // 15 % of $20.03 = 2,003 × 0.15 = 300.45 ¢ → 300 ¢
    expect(evaluatePromo(promo(), { ...context, subtotal: 2003 })).toEqual({
      ok: true,
      discount: 300,
    });
    // 15 % of $20.10 = 301.5 ¢ → exactly half → 302 ¢
    expect(evaluatePromo(promo(), { ...context, subtotal: 2010 })).toEqual({
      ok: true,
      discount: 302,
    });
  });

  it("caps a fixed discount larger than the subtotal at the subtotal", () => {
    // $10 off a $7.50 order takes $7.50, never more.
    const tenOff = promo({ discount: { kind: "fixed", amount: 1000 } });
    expect(evaluatePromo(tenOff, { ...context, subtotal: 750 })).toEqual({
      ok: true,
      discount: 750,
    });
    expect(evaluatePromo(tenOff, { ...context, subtotal: 2500 })).toEqual({
      ok: true,
      discount: 1000,
    });
  });

  it("applies at exactly the minimum subtotal and from the first to just before the last moment", () => {
    const windowed = promo({
      minimumSubtotal: 2000,
      startsAt: new Date("2026-05-01T12:00:00Z"),
      endsAt: new Date("2026-05-01T12:00:01Z"),
    });
    expect(evaluatePromo(windowed, context).ok).toBe(true);
  });
});

describe("evaluatePromo: problems", () => {
  const cases: [string, PromoDefinition, Partial<typeof context>, string][] = [
    ["inactive", promo({ active: false }), {}, "PROMO_INACTIVE"],
    [
      "not started",
      promo({ startsAt: new Date("2026-05-01T12:00:00.001Z") }),
      {},
      "PROMO_NOT_STARTED",
    ],
    ["expired at endsAt", promo({ endsAt: now }), {}, "PROMO_EXPIRED"],
    ["exhausted", promo({ maxUses: 100 }), { usesSoFar: 100 }, "PROMO_EXHAUSTED"],
    [
      "per-customer limit",
      promo({ maxUsesPerCustomer: 1 }),
      { usesByCustomer: 1 },
      "PROMO_CUSTOMER_LIMIT_REACHED",
    ],
    ["below minimum", promo({ minimumSubtotal: 2001 }), {}, "PROMO_BELOW_MINIMUM"],
  ];
  for (const [name, definition, overrides, problem] of cases) {
    it(`reports ${name} as ${problem}`, () => {
      expect(evaluatePromo(definition, { ...context, ...overrides })).toEqual({
        ok: false,
        problem,
      });
    });
  }

  it("leaves one use to redeem when one is left", () => {
    expect(evaluatePromo(promo({ maxUses: 100 }), { ...context, usesSoFar: 99 }).ok).toBe(true);
  });

  it("reports the final problem before the fixable one: expired beats below minimum", () => {
    const expiredAndHigh = promo({ endsAt: now, minimumSubtotal: 10_000 });
    expect(evaluatePromo(expiredAndHigh, context)).toEqual({ ok: false, problem: "PROMO_EXPIRED" });
  });

  it("never discounts more than the subtotal nor below zero (property)", () => {
    const rule = fc.oneof(
      fc.record({
        kind: fc.constant("percent" as const),
        basisPoints: fc.integer({ min: 1, max: 10_000 }),
      }),
      fc.record({
        kind: fc.constant("fixed" as const),
        amount: fc.integer({ min: 1, max: 10 ** 9 }),
      }),
    );
    fc.assert(
      fc.property(rule, fc.integer({ min: 0, max: 10 ** 10 }), (discount, subtotal) => {
        const result = evaluatePromo(promo({ discount }), { ...context, subtotal });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(Number.isSafeInteger(result.discount)).toBe(true);
        expect(result.discount).toBeGreaterThanOrEqual(0);
        expect(result.discount).toBeLessThanOrEqual(subtotal);
      }),
    );
  });
});

describe("promoRulesSchema", () => {
  const valid = {
    discount: { kind: "percent", basisPoints: 1500 },
    minimumSubtotal: 1000,
    startsAt: new Date("2026-05-01T00:00:00Z"),
    endsAt: new Date("2026-06-01T00:00:00Z"),
    maxUses: 100,
    maxUsesPerCustomer: 1,
  };

  it("accepts a sensible promo", () => {
    expect(promoRulesSchema.safeParse(valid).success).toBe(true);
  });

  it("refuses percentages over 100 %, fractional amounts, zero limits and inverted windows", () => {
    for (const invalid of [
      { ...valid, discount: { kind: "percent", basisPoints: 10_001 } },
      { ...valid, discount: { kind: "fixed", amount: 9.99 } },
      { ...valid, discount: { kind: "fixed", amount: 0 } },
      { ...valid, maxUses: 0 },
      { ...valid, endsAt: valid.startsAt },
    ]) {
      expect(promoRulesSchema.safeParse(invalid).success, JSON.stringify(invalid)).toBe(false);
    }
  });
});
