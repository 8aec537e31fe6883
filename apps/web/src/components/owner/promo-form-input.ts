import type { RouterInputs } from "@dishpatch/api";
import { promoRulesSchema } from "@dishpatch/api/domain";
import { promoCreateFields } from "@dishpatch/validators";

import type { FieldMessages } from "~/lib/form";
import { formText } from "~/lib/form";
import {
  amountHint,
  currencyDigits,
  minorFromDecimal,
  parsePercentBasisPoints,
} from "~/lib/money-input";
import { zonedInputToDate } from "~/lib/zoned-time";

export const promoFormFields = [
  "code",
  "value",
  "minimumSubtotal",
  "startsAt",
  "endsAt",
  "maxUses",
  "maxUsesPerCustomer",
] as const;
export type PromoFormField = (typeof promoFormFields)[number];

/** The API's issue paths ("rules.discount.amount") mapped onto this form's fields. */
export function promoFieldOf(path: string): PromoFormField | null {
  if (path === "code") return "code";
  if (path.startsWith("rules.discount")) return "value";
  const rule = path.replace(/^rules\./, "");
  return promoFormFields.find((field) => field === rule) ?? null;
}

/** Every message keyed by issue path, folded onto the form's fields (first message wins). */
export function promoFieldMessages(
  byPath: Record<string, string[]>,
): FieldMessages<PromoFormField> {
  const messages: FieldMessages<PromoFormField> = {};
  for (const [path, list] of Object.entries(byPath)) {
    const field = promoFieldOf(path);
    if (field !== null && list[0] !== undefined) messages[field] ??= list[0];
  }
  return messages;
}

type PromoInput = RouterInputs["promo"]["create"];

/**
 * The form read into `promo.create`'s input and checked with the same schemas the API uses.
 * Amounts are decimals in the restaurant's currency, percentages may have two decimals, times
 * are wall clock in the restaurant's zone; empty limits mean "no limit".
 */
export function readPromoForm(
  form: HTMLFormElement,
  place: { restaurantId: string; currency: string; timeZone: string },
): { input: PromoInput } | { messages: FieldMessages<PromoFormField> } {
  const data = new FormData(form);
  const messages: FieldMessages<PromoFormField> = {};
  const kind = formText(data, "kind") === "fixed" ? "fixed" : "percent";
  const digits = currencyDigits(place.currency);
  const valueText = formText(data, "value");
  const value =
    kind === "percent" ? parsePercentBasisPoints(valueText) : minorFromDecimal(valueText, digits);
  if (value === null || value === 0) {
    messages.value = kind === "percent" ? "Enter a percentage like 15" : amountHint(digits);
  }
  const minimumText = formText(data, "minimumSubtotal");
  const minimum = minimumText.trim() === "" ? 0 : minorFromDecimal(minimumText, digits);
  if (minimum === null) messages.minimumSubtotal = amountHint(digits);
  const time = (field: "startsAt" | "endsAt") => {
    const text = formText(data, field);
    if (text === "") return null;
    const date = zonedInputToDate(text, place.timeZone);
    if (date === null) messages[field] = `That time does not exist in ${place.timeZone}`;
    return date;
  };
  const limit = (field: "maxUses" | "maxUsesPerCustomer") => {
    const text = formText(data, field).trim();
    if (text === "") return null;
    if (!/^\d+$/.test(text) || Number(text) < 1) messages[field] = "Enter a whole number from 1";
    return Number(text);
  };
  const discount: PromoInput["rules"]["discount"] =
    kind === "percent" ? { kind, basisPoints: value ?? 0 } : { kind, amount: value ?? 0 };
  const candidate: PromoInput = {
    restaurantId: place.restaurantId,
    code: formText(data, "code"),
    rules: {
      discount,
      minimumSubtotal: minimum ?? 0,
      startsAt: time("startsAt"),
      endsAt: time("endsAt"),
      maxUses: limit("maxUses"),
      maxUsesPerCustomer: limit("maxUsesPerCustomer"),
    },
  };
  const issues: Record<string, string[]> = {};
  const code = promoCreateFields.shape.code.safeParse(candidate.code);
  if (!code.success) issues.code = code.error.issues.map((issue) => issue.message);
  const rules = promoRulesSchema.safeParse(candidate.rules);
  if (!rules.success) {
    for (const issue of rules.error.issues) {
      (issues[["rules", ...issue.path.map(String)].join(".")] ??= []).push(issue.message);
    }
  }
  const all = { ...promoFieldMessages(issues), ...messages };
  if (Object.keys(all).length > 0) return { messages: all };
  return { input: candidate };
}
