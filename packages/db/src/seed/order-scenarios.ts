/**
 * The demo order history: the demo diner has an order in every state (so every screen has
 * something to show), and regulars give the restaurants a month of sales for their reports.
 * Times are relative to the moment of seeding.
 */
export type DemoOrderStatus =
  | "placed"
  | "accepted"
  | "preparing"
  | "ready"
  | "out_for_delivery"
  | "delivered"
  | "picked_up"
  | "rejected"
  | "cancelled"
  | "expired";

/** [item name, quantity, chosen option names]. */
export type DemoLine = readonly [item: string, quantity: number, options?: readonly string[]];

export interface DemoOrder {
  customer: string;
  restaurant: string;
  fulfillment: "delivery" | "pickup";
  status: DemoOrderStatus;
  minutesAgo: number;
  lines: readonly DemoLine[];
  tip?: number;
  promo?: string;
  notes?: string;
  /** Who cancelled: the customer (while placed) or the restaurant (after accepting). */
  cancelledBy?: "customer" | "restaurant";
  /** Why the restaurant rejected or cancelled, read by the customer. */
  reason?: string;
  partialRefund?: { amount: number; reason: string };
  review?: { rating: number; comment: string };
}

const DAY = 24 * 60;

const dee = "diner@dishpatch.dev";
const noor = "noor@dishpatch.dev";
const kai = "kai@dishpatch.dev";

export const demoOrders: readonly DemoOrder[] = [
  // The demo diner, at La Tavola: one order in every state.
  {
    customer: dee,
    restaurant: "la-tavola",
    fulfillment: "delivery",
    status: "placed",
    minutesAgo: 4,
    lines: [
      ["Margherita", 1, ["Large", "Burrata"]],
      ["Tiramisù", 1],
    ],
    tip: 300,
    notes: "Ring twice, please.",
  },
  {
    customer: dee,
    restaurant: "la-tavola",
    fulfillment: "pickup",
    status: "accepted",
    minutesAgo: 12,
    lines: [["Diavola", 2, ["Regular"]]],
  },
  {
    customer: dee,
    restaurant: "la-tavola",
    fulfillment: "delivery",
    status: "preparing",
    minutesAgo: 25,
    lines: [["Cacio e Pepe", 2]],
    tip: 200,
  },
  {
    customer: dee,
    restaurant: "la-tavola",
    fulfillment: "pickup",
    status: "ready",
    minutesAgo: 40,
    lines: [["Margherita", 1, ["Regular"]]],
  },
  {
    customer: dee,
    restaurant: "la-tavola",
    fulfillment: "delivery",
    status: "out_for_delivery",
    minutesAgo: 55,
    lines: [
      ["Diavola", 1, ["Large"]],
      ["Tiramisù", 2],
    ],
    tip: 400,
  },
  {
    customer: dee,
    restaurant: "la-tavola",
    fulfillment: "delivery",
    status: "delivered",
    minutesAgo: 2 * DAY,
    lines: [
      ["Margherita", 2, ["Regular", "Olives", "Chili oil"]],
      ["Tiramisù", 1],
    ],
    tip: 500,
    promo: "FIVEOFF",
    review: { rating: 5, comment: "Still hot on arrival, the crust was perfect." },
  },
  {
    customer: dee,
    restaurant: "la-tavola",
    fulfillment: "pickup",
    status: "picked_up",
    minutesAgo: 4 * DAY,
    lines: [["Cacio e Pepe", 1]],
    review: { rating: 4, comment: "Great pasta, a little too much pepper for me." },
  },
  {
    customer: dee,
    restaurant: "la-tavola",
    fulfillment: "delivery",
    status: "rejected",
    minutesAgo: 6 * DAY,
    lines: [["Tartufo", 1]],
    reason: "The kitchen closed early for a private event.",
  },
  {
    customer: dee,
    restaurant: "la-tavola",
    fulfillment: "pickup",
    status: "cancelled",
    cancelledBy: "customer",
    minutesAgo: 8 * DAY,
    lines: [["Diavola", 1, ["Regular"]]],
  },
  {
    customer: dee,
    restaurant: "la-tavola",
    fulfillment: "delivery",
    status: "cancelled",
    cancelledBy: "restaurant",
    minutesAgo: 9 * DAY,
    lines: [["Tartufo", 2]],
    reason: "We ran out of truffle tonight, sorry.",
  },
  {
    customer: dee,
    restaurant: "la-tavola",
    fulfillment: "delivery",
    status: "expired",
    minutesAgo: 10 * DAY,
    lines: [["Margherita", 1, ["Regular"]]],
  },
  {
    customer: dee,
    restaurant: "la-tavola",
    fulfillment: "delivery",
    status: "delivered",
    minutesAgo: 12 * DAY,
    lines: [
      ["Tartufo", 1],
      ["Tiramisù", 1],
    ],
    partialRefund: { amount: 850, reason: "The tiramisù was missing from the bag." },
    review: { rating: 3, comment: "Lovely pizza, but dessert never came." },
  },
  // The demo diner elsewhere: other currencies and time zones.
  {
    customer: dee,
    restaurant: "saffron-house",
    fulfillment: "delivery",
    status: "delivered",
    minutesAgo: 3 * DAY,
    lines: [
      ["Chicken Tikka Masala", 1, ["Hot"]],
      ["Garlic Naan", 2],
      ["Hyderabadi Biryani", 1],
    ],
    tip: 250,
    promo: "CURRY15",
    review: { rating: 5, comment: "Best biryani in town." },
  },
  {
    customer: dee,
    restaurant: "tokyo-ramen-bar",
    fulfillment: "pickup",
    status: "picked_up",
    minutesAgo: 5 * DAY,
    lines: [["Tonkotsu Ramen", 1, ["Firm", "Ajitama egg"]]],
    promo: "RAMEN200",
  },
  // Other diners: promo codes in use, and a new order in Saffron House's queue.
  {
    customer: noor,
    restaurant: "la-tavola",
    fulfillment: "delivery",
    status: "delivered",
    minutesAgo: DAY + 90,
    lines: [["Margherita", 2, ["Regular"]]],
    promo: "WELCOME10",
    review: { rating: 4, comment: "Lovely margherita." },
  },
  {
    customer: noor,
    restaurant: "la-tavola",
    fulfillment: "pickup",
    status: "picked_up",
    minutesAgo: 15 * DAY,
    lines: [
      ["Tiramisù", 2],
      ["Cacio e Pepe", 1],
    ],
    promo: "LASTSLICE",
  },
  {
    customer: noor,
    restaurant: "saffron-house",
    fulfillment: "pickup",
    status: "placed",
    minutesAgo: 2,
    lines: [
      ["Lamb Rogan Josh", 1],
      ["Garlic Naan", 1],
    ],
  },
  ...regularsHistory(),
];

/**
 * A month of completed orders from two regulars at La Tavola and Saffron House, varied by a
 * fixed pattern (not random) so every fresh database shows the same reports.
 */
function regularsHistory(): DemoOrder[] {
  const baskets: Record<string, readonly (readonly DemoLine[])[]> = {
    "la-tavola": [
      [["Margherita", 1, ["Regular"]]],
      [
        ["Diavola", 1, ["Large"]],
        ["Tiramisù", 1],
      ],
      [
        ["Cacio e Pepe", 2],
        ["Margherita", 1, ["Large", "Prosciutto"]],
      ],
    ],
    "saffron-house": [
      [
        ["Chicken Tikka Masala", 1, ["Medium"]],
        ["Garlic Naan", 1],
      ],
      [
        ["Lamb Rogan Josh", 1],
        ["Paneer Makhani", 1],
      ],
      [["Hyderabadi Biryani", 2]],
    ],
  };
  const orders: DemoOrder[] = [];
  for (let day = 1; day <= 30; day++) {
    for (const [index, restaurant] of ["la-tavola", "saffron-house"].entries()) {
      const perDay = 1 + ((day + index) % 3);
      for (let n = 0; n < perDay; n++) {
        const pickup = (day + n) % 4 === 0;
        const options = baskets[restaurant] ?? [];
        orders.push({
          customer: (day + n) % 2 === 0 ? noor : kai,
          restaurant,
          fulfillment: pickup ? "pickup" : "delivery",
          status: pickup ? "picked_up" : "delivered",
          // Lunch and dinner hours, a day apart.
          minutesAgo: day * DAY + 60 * (3 + n * 5),
          lines: options[(day * 7 + n) % options.length] ?? [],
          tip: pickup ? 0 : 100 * ((day + n) % 5),
        });
      }
    }
  }
  return orders;
}
