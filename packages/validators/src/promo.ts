import { z } from "zod";

import { recordId } from "./restaurant-manage";

/** 2–32 letters, digits and dashes; customers type it in any case, it is stored upper-case. */
export const promoCodeText = z
  .string()
  .trim()
  .min(2, "Use at least 2 characters")
  .max(32, "Use at most 32 characters")
  .regex(/^[A-Za-z0-9-]+$/, "Use letters, digits and dashes only")
  .transform((code) => code.toUpperCase());

/**
 * The code and its restaurant. The discount, window and limits (`rules`) are the domain's
 * `promoRulesSchema`, which the API adds: one definition of what a valid promo is.
 */
export const promoCreateFields = z.object({ restaurantId: recordId, code: promoCodeText }).strict();

export const promoListInput = z.object({ restaurantId: recordId }).strict();

export const promoDeactivateInput = z
  .object({ restaurantId: recordId, promoId: recordId })
  .strict();
