import { z } from "zod";

import type { MinorUnits } from "./money";
import { BASIS_POINTS_PER_WHOLE, assertNonNegativeMinorUnits, percentOf } from "./money";

/** Percent off (in basis points: 1,500 = 15 %) or a fixed amount off in the restaurant's currency. */
export type PromoDiscountRule =
  | { readonly kind: "percent"; readonly basisPoints: number }
  | { readonly kind: "fixed"; readonly amount: MinorUnits };

/** A promo code as a restaurant defines it. Amounts are in that restaurant's currency. */
export interface PromoDefinition {
  readonly restaurantId: string;
  readonly code: string;
  readonly discount: PromoDiscountRule;
  /** The subtotal (before discount) an order needs for the code to apply; 0 for none. */
  readonly minimumSubtotal: MinorUnits;
  /** Valid from `startsAt` (inclusive) until `endsAt` (exclusive); null means unbounded. */
  readonly startsAt: Date | null;
  readonly endsAt: Date | null;
  /** Redemptions allowed across all customers; null for unlimited. */
  readonly maxUses: number | null;
  /** Redemptions allowed per customer; null for unlimited. */
  readonly maxUsesPerCustomer: number | null;
  readonly active: boolean;
}

export interface PromoContext {
  readonly subtotal: MinorUnits;
  readonly now: Date;
  /** Orders that redeemed the code so far (all customers). */
  readonly usesSoFar: number;
  /** Orders of this customer that redeemed it; 0 when nobody is signed in (a quote). */
  readonly usesByCustomer: number;
}

export const promoProblemCodes = [
  "PROMO_INACTIVE",
  "PROMO_NOT_STARTED",
  "PROMO_EXPIRED",
  "PROMO_EXHAUSTED",
  "PROMO_CUSTOMER_LIMIT_REACHED",
  "PROMO_BELOW_MINIMUM",
] as const;
export type PromoProblemCode = (typeof promoProblemCodes)[number];

export type PromoEvaluation =
  | { readonly ok: true; readonly discount: MinorUnits }
  | { readonly ok: false; readonly problem: PromoProblemCode };

/**
 * The discount a promo gives on `subtotal`, or why it does not apply.
 *
 * Only one problem is reported, checked from the most final to the most fixable, so a customer is
 * never told "add $5 more" for a code that has expired anyway. The discount never exceeds the
 * subtotal: percent discounts round half-up, fixed ones are capped.
 */
export function evaluatePromo(promo: PromoDefinition, context: PromoContext): PromoEvaluation {
  assertNonNegativeMinorUnits(context.subtotal, "subtotal");
  const problem = promoProblem(promo, context);
  if (problem !== null) return { ok: false, problem };
  return { ok: true, discount: discountOn(context.subtotal, promo.discount) };
}

function promoProblem(promo: PromoDefinition, context: PromoContext): PromoProblemCode | null {
  const { subtotal, now, usesSoFar, usesByCustomer } = context;
  if (!promo.active) return "PROMO_INACTIVE";
  if (promo.startsAt !== null && now < promo.startsAt) return "PROMO_NOT_STARTED";
  if (promo.endsAt !== null && now >= promo.endsAt) return "PROMO_EXPIRED";
  if (promo.maxUses !== null && usesSoFar >= promo.maxUses) return "PROMO_EXHAUSTED";
  if (promo.maxUsesPerCustomer !== null && usesByCustomer >= promo.maxUsesPerCustomer) {
    return "PROMO_CUSTOMER_LIMIT_REACHED";
  }
  if (subtotal < promo.minimumSubtotal) return "PROMO_BELOW_MINIMUM";
  return null;
}

function discountOn(subtotal: MinorUnits, rule: PromoDiscountRule): MinorUnits {
  const raw =
    rule.kind === "percent" ? percentOf(subtotal, rule.basisPoints) : assertedAmount(rule.amount);
  return Math.min(raw, subtotal);
}

function assertedAmount(amount: MinorUnits): MinorUnits {
  assertNonNegativeMinorUnits(amount, "promo amount");
  return amount;
}

export const promoProblemMessages: Record<PromoProblemCode, string> = {
  PROMO_INACTIVE: "This promo code is no longer active.",
  PROMO_NOT_STARTED: "This promo code is not valid yet.",
  PROMO_EXPIRED: "This promo code has expired.",
  PROMO_EXHAUSTED: "This promo code has been fully redeemed.",
  PROMO_CUSTOMER_LIMIT_REACHED: "You have already used this promo code.",
  PROMO_BELOW_MINIMUM: "Your order is below this promo code's minimum.",
};

const minorUnitsSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const useLimitSchema = z.number().int().min(1).max(1_000_000_000).nullable();

/** What an owner may set when creating a promo (the create procedure adds code and restaurant). */
export const promoRulesSchema = z
  .object({
    discount: z.discriminatedUnion("kind", [
      z.object({
        kind: z.literal("percent"),
        basisPoints: z.number().int().min(1).max(BASIS_POINTS_PER_WHOLE),
      }),
      z.object({ kind: z.literal("fixed"), amount: minorUnitsSchema.min(1) }),
    ]),
    minimumSubtotal: minorUnitsSchema,
    startsAt: z.date().nullable(),
    endsAt: z.date().nullable(),
    maxUses: useLimitSchema,
    maxUsesPerCustomer: useLimitSchema,
  })
  .refine((rules) => !rules.startsAt || !rules.endsAt || rules.startsAt < rules.endsAt, {
    message: "The end must be after the start",
    path: ["endsAt"],
  });
