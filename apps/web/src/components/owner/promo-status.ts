import type { RouterOutputs } from "@dishpatch/api";

import { formatMoney } from "~/lib/money";

export type ManagedPromo = RouterOutputs["promo"]["list"][number];

type Tone = "success" | "warning" | "danger" | "neutral";

/** Where a code stands for customers right now, in the owner's words. */
export function promoStatus(promo: ManagedPromo): { label: string; tone: Tone } {
  switch (promo.unavailableBecause) {
    case null:
      return { label: "Active", tone: "success" };
    case "PROMO_INACTIVE":
      return { label: "Deactivated", tone: "neutral" };
    case "PROMO_EXPIRED":
      return { label: "Expired", tone: "danger" };
    case "PROMO_EXHAUSTED":
      return { label: "Used up", tone: "danger" };
    case "PROMO_NOT_STARTED":
      return { label: "Scheduled", tone: "warning" };
    // The list ignores cart- and customer-specific rules; these never come back from it.
    case "PROMO_CUSTOMER_LIMIT_REACHED":
    case "PROMO_BELOW_MINIMUM":
      return { label: "Active", tone: "success" };
  }
}

/** "15 % off" or "$5.00 off". */
export function discountText(discount: ManagedPromo["discount"], currency: string): string {
  return discount.kind === "percent"
    ? `${(discount.basisPoints / 100).toLocaleString("en")} % off`
    : `${formatMoney(discount.amount, currency)} off`;
}
