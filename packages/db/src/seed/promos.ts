/**
 * Demo promo codes, by restaurant slug. Windows are relative to the moment of seeding (in
 * days), so a fresh database always has one live, one expired and one used-up code to try.
 */
export interface DemoPromo {
  restaurant: string;
  code: string;
  kind: "percent" | "fixed";
  /** Basis points for percent codes, minor units for fixed ones. */
  value: number;
  minimumSubtotal?: number;
  startsInDays?: number;
  endsInDays?: number;
  maxUses?: number;
  maxUsesPerCustomer?: number;
}

export const demoPromos: readonly DemoPromo[] = [
  {
    restaurant: "la-tavola",
    code: "WELCOME10",
    kind: "percent",
    value: 1000,
    minimumSubtotal: 2000,
    maxUsesPerCustomer: 1,
  },
  {
    restaurant: "la-tavola",
    code: "FIVEOFF",
    kind: "fixed",
    value: 500,
    minimumSubtotal: 2500,
    maxUses: 200,
  },
  // Used up by a seeded order: shows the "no uses left" problem.
  { restaurant: "la-tavola", code: "LASTSLICE", kind: "fixed", value: 300, maxUses: 1 },
  // Ended a month ago: shows the "expired" problem.
  {
    restaurant: "la-tavola",
    code: "SUMMER25",
    kind: "percent",
    value: 2500,
    startsInDays: -120,
    endsInDays: -30,
  },
  {
    restaurant: "saffron-house",
    code: "CURRY15",
    kind: "percent",
    value: 1500,
    minimumSubtotal: 2500,
    endsInDays: 60,
  },
  { restaurant: "tokyo-ramen-bar", code: "RAMEN200", kind: "fixed", value: 200 },
];
