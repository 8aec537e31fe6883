import type { ManagedPromo } from "@dishpatch/db";
import { deactivatePromo, insertPromo, listPromos } from "@dishpatch/db";
import { promoCreateFields, promoDeactivateInput, promoListInput } from "@dishpatch/validators";
import { TRPCError } from "@trpc/server";

import type { PromoDefinition, PromoDiscountRule, PromoProblemCode } from "../domain/promo";
import { evaluatePromo, promoRulesSchema } from "../domain/promo";
import { InvalidFields } from "../errors";
import { restaurantProcedure, router } from "../trpc";

/** Amounts are stored in 32-bit integer columns; beyond that Postgres would refuse them. */
const MAX_STORED_AMOUNT = 2_147_483_647;

/**
 * The code from the validators; the discount, window and limits are the domain's rules, plus
 * the storage bound the domain (which knows no database) leaves open.
 */
const promoCreateInput = promoCreateFields
  .extend({ rules: promoRulesSchema.strict() })
  .superRefine(({ rules }, ctx) => {
    const tooLarge = "That amount is too large";
    if (rules.minimumSubtotal > MAX_STORED_AMOUNT) {
      ctx.addIssue({ code: "custom", path: ["rules", "minimumSubtotal"], message: tooLarge });
    }
    if (rules.discount.kind === "fixed" && rules.discount.amount > MAX_STORED_AMOUNT) {
      ctx.addIssue({ code: "custom", path: ["rules", "discount", "amount"], message: tooLarge });
    }
  });

function discountRuleOf(promo: ManagedPromo): PromoDiscountRule {
  return promo.kind === "percent"
    ? { kind: "percent", basisPoints: promo.value }
    : { kind: "fixed", amount: promo.value };
}

/**
 * A stored code as the owner sees it: its discount as the domain rule and whether a customer
 * could redeem it right now (ignoring the minimum subtotal and per-customer limits, which
 * depend on the cart and the customer), with the reason when not.
 */
function withStatus(promo: ManagedPromo, restaurantId: string, now: Date) {
  const definition: PromoDefinition = { ...promo, restaurantId, discount: discountRuleOf(promo) };
  const evaluation = evaluatePromo(
    { ...definition, minimumSubtotal: 0, maxUsesPerCustomer: null },
    { subtotal: 0, now, usesSoFar: promo.uses, usesByCustomer: 0 },
  );
  const unavailableBecause: PromoProblemCode | null = evaluation.ok ? null : evaluation.problem;
  return {
    id: promo.id,
    code: promo.code,
    discount: definition.discount,
    minimumSubtotal: promo.minimumSubtotal,
    startsAt: promo.startsAt,
    endsAt: promo.endsAt,
    maxUses: promo.maxUses,
    maxUsesPerCustomer: promo.maxUsesPerCustomer,
    uses: promo.uses,
    active: promo.active,
    createdAt: promo.createdAt,
    redeemableNow: evaluation.ok,
    unavailableBecause,
  };
}

export const promoRouter = router({
  create: restaurantProcedure("owner")
    .meta({ summary: "Creates a promo code for a restaurant.", errors: ["CONFLICT"] })
    .input(promoCreateInput)
    .mutation(async ({ ctx, input }) => {
      const { discount, ...limits } = input.rules;
      const promo = await insertPromo(ctx.db, input.restaurantId, {
        code: input.code,
        kind: discount.kind,
        value: discount.kind === "percent" ? discount.basisPoints : discount.amount,
        ...limits,
      });
      if (!promo) {
        throw new TRPCError({
          code: "CONFLICT",
          message: `This restaurant already has a promo code ${input.code}.`,
          cause: new InvalidFields({ code: ["This code already exists"] }),
        });
      }
      return withStatus(promo, input.restaurantId, new Date());
    }),

  /** Every code of the restaurant, newest first, with uses and whether it works now. */
  list: restaurantProcedure("owner")
    .meta({ summary: "A restaurant's promo codes with their use counts.", errors: [] })
    .input(promoListInput)
    .query(async ({ ctx, input }) => {
      const promos = await listPromos(ctx.db, input.restaurantId);
      const now = new Date();
      return promos.map((promo) => withStatus(promo, input.restaurantId, now));
    }),

  /** Stops a code for good (past orders keep their discount). Idempotent. */
  deactivate: restaurantProcedure("owner")
    .meta({ summary: "Deactivates a promo code.", errors: ["NOT_FOUND"] })
    .input(promoDeactivateInput)
    .mutation(async ({ ctx, input }) => {
      const promo = await deactivatePromo(ctx.db, input);
      if (!promo) {
        throw new TRPCError({
          code: "NOT_FOUND",
          message: "This restaurant has no such promo code.",
        });
      }
      return withStatus(promo, input.restaurantId, new Date());
    }),
});
