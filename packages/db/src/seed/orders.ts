import { eq, inArray, sql } from "drizzle-orm";

import type { Database } from "../client";
import {
  menuItems,
  optionGroups,
  options,
  orderEvents,
  orderItemOptions,
  orderItems,
  orders,
  payments,
  promoCodes,
  promoRedemptions,
  restaurants,
  reviews,
} from "../schema";
import type { DemoOrder, DemoOrderStatus } from "./order-scenarios";
import { demoOrders } from "./order-scenarios";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

interface SeededPromo {
  id: string;
  kind: "percent" | "fixed";
  value: number;
}

interface PricedItem {
  id: string;
  price: number;
  options: Map<string, { id: string; priceDelta: number; groupName: string }>;
}
interface RestaurantFacts {
  id: string;
  currency: string;
  taxRateBasisPoints: number;
  deliveryFee: number;
  /** Who acts for the restaurant in the event log: an owner or staff member, if any. */
  memberId: string | null;
  items: Map<string, PricedItem>;
}

const happyPath = {
  delivery: ["placed", "accepted", "preparing", "ready", "out_for_delivery", "delivered"],
  pickup: ["placed", "accepted", "preparing", "ready", "picked_up"],
} as const;

const addresses: Record<string, string> = {
  "diner@dishpatch.dev": "221 Baker Street, Apt 2B",
  "noor@dishpatch.dev": "14 Elm Row, 3rd floor",
  "kai@dishpatch.dev": "9 Harbour Lane",
};

/** Half-up rounding of amount × basis points / 10,000, as the pricing function does. */
function basisPointsOf(amount: number, basisPoints: number): number {
  return Math.floor((amount * basisPoints + 5_000) / 10_000);
}

/**
 * Inserts the demo order history (orders, items, events, ledger rows, reviews, promo
 * redemptions) once: it does nothing if any demo customer already has an order.
 */
export async function seedOrders(
  tx: Transaction,
  restaurantIds: ReadonlyMap<string, string>,
  userIds: ReadonlyMap<string, string>,
  now: Date,
): Promise<number> {
  const customerIds = [...new Set(demoOrders.map((o) => userIds.get(o.customer) ?? ""))];
  const [existing] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(orders)
    .where(inArray(orders.customerId, customerIds));
  if ((existing?.count ?? 0) > 0) return 0;

  const facts = await loadRestaurantFacts(tx, restaurantIds);
  const promos = await tx
    .select({
      id: promoCodes.id,
      restaurantId: promoCodes.restaurantId,
      code: promoCodes.code,
      kind: promoCodes.kind,
      value: promoCodes.value,
    })
    .from(promoCodes)
    .where(inArray(promoCodes.restaurantId, [...restaurantIds.values()]));
  const rows = emptyRows();
  for (const order of demoOrders) {
    const restaurant = facts.get(order.restaurant);
    const customerId = userIds.get(order.customer);
    if (!restaurant || !customerId) throw new Error(`demo order for unknown ${order.restaurant}`);
    const promo = promos.find((p) => p.restaurantId === restaurant.id && p.code === order.promo);
    addOrder(rows, order, { restaurant, customerId, promo: promo ?? null, now });
  }
  await tx.insert(orders).values(rows.orders);
  await tx.insert(orderItems).values(rows.items);
  await tx.insert(orderItemOptions).values(rows.itemOptions);
  await tx.insert(orderEvents).values(rows.events);
  await tx.insert(payments).values(rows.payments);
  await tx.insert(reviews).values(rows.reviews);
  if (rows.redemptions.length > 0) {
    await tx.insert(promoRedemptions).values(rows.redemptions);
    await tx.execute(sql`
      update promo_codes p set uses = (
        select count(*)::int from promo_redemptions pr where pr.promo_code_id = p.id)
      where p.id in (select promo_code_id from promo_redemptions)`);
  }
  return rows.orders.length;
}

async function loadRestaurantFacts(
  tx: Transaction,
  restaurantIds: ReadonlyMap<string, string>,
): Promise<Map<string, RestaurantFacts>> {
  const ids = [...restaurantIds.values()];
  const profiles = await tx
    .select({
      id: restaurants.id,
      slug: restaurants.slug,
      currency: restaurants.currency,
      taxRateBasisPoints: restaurants.taxRateBasisPoints,
      deliveryFee: restaurants.deliveryFee,
      // Raw alias: drizzle renders columns unqualified in one-table selects.
      memberId: sql<string | null>`(select m.user_id from restaurant_members m
        where m.restaurant_id = restaurants.id order by m.role limit 1)`,
    })
    .from(restaurants)
    .where(inArray(restaurants.id, ids));
  const menuRows = await tx
    .select({
      restaurantId: menuItems.restaurantId,
      itemId: menuItems.id,
      itemName: menuItems.name,
      price: menuItems.price,
      groupName: optionGroups.name,
      optionId: options.id,
      optionName: options.name,
      priceDelta: options.priceDelta,
    })
    .from(menuItems)
    .leftJoin(optionGroups, eq(optionGroups.itemId, menuItems.id))
    .leftJoin(options, eq(options.groupId, optionGroups.id))
    .where(inArray(menuItems.restaurantId, ids));
  const facts = new Map<string, RestaurantFacts>();
  for (const profile of profiles) {
    const items = new Map<string, PricedItem>();
    for (const row of menuRows.filter((r) => r.restaurantId === profile.id)) {
      const item = items.get(row.itemName) ?? {
        id: row.itemId,
        price: row.price,
        options: new Map(),
      };
      if (row.optionId && row.optionName && row.groupName) {
        item.options.set(row.optionName, {
          id: row.optionId,
          priceDelta: row.priceDelta ?? 0,
          groupName: row.groupName,
        });
      }
      items.set(row.itemName, item);
    }
    facts.set(profile.slug, { ...profile, items });
  }
  return facts;
}

function emptyRows() {
  return {
    orders: [] as (typeof orders.$inferInsert)[],
    items: [] as (typeof orderItems.$inferInsert)[],
    itemOptions: [] as (typeof orderItemOptions.$inferInsert)[],
    events: [] as (typeof orderEvents.$inferInsert)[],
    payments: [] as (typeof payments.$inferInsert)[],
    reviews: [] as (typeof reviews.$inferInsert)[],
    redemptions: [] as (typeof promoRedemptions.$inferInsert)[],
  };
}
type SeedRows = ReturnType<typeof emptyRows>;

function addOrder(
  rows: SeedRows,
  order: DemoOrder,
  context: {
    restaurant: RestaurantFacts;
    customerId: string;
    promo: SeededPromo | null;
    now: Date;
  },
) {
  const { restaurant, customerId, promo, now } = context;
  const orderId = crypto.randomUUID();
  const placedAt = new Date(now.getTime() - order.minutesAgo * 60_000);
  let subtotal = 0;
  for (const [name, quantity, optionNames = []] of order.lines) {
    const item = restaurant.items.get(name);
    if (!item) throw new Error(`demo order names unknown item ${name}`);
    const chosen = optionNames.map((optionName) => {
      const option = item.options.get(optionName);
      if (!option) throw new Error(`demo order names unknown option ${optionName} of ${name}`);
      return option;
    });
    const unitPrice = item.price + chosen.reduce((sum, o) => sum + o.priceDelta, 0);
    const orderItemId = crypto.randomUUID();
    rows.items.push({
      id: orderItemId,
      orderId,
      menuItemId: item.id,
      name,
      unitPrice,
      quantity,
      lineTotal: unitPrice * quantity,
    });
    for (const [index, option] of chosen.entries()) {
      rows.itemOptions.push({
        orderItemId,
        optionId: option.id,
        groupName: option.groupName,
        name: optionNames[index] ?? "",
        priceDelta: option.priceDelta,
      });
    }
    subtotal += unitPrice * quantity;
  }
  const discount = !promo
    ? 0
    : promo.kind === "percent"
      ? basisPointsOf(subtotal, promo.value)
      : Math.min(promo.value, subtotal);
  const tax = basisPointsOf(subtotal - discount, restaurant.taxRateBasisPoints);
  const deliveryFee = order.fulfillment === "delivery" ? restaurant.deliveryFee : 0;
  const tip = order.tip ?? 0;
  const total = subtotal - discount + tax + deliveryFee + tip;
  const timeline = eventsOf(order, placedAt, now);
  const accepted = timeline.find((e) => e.to === "accepted");
  const prepMinutes = accepted ? 20 : null;
  rows.orders.push({
    id: orderId,
    restaurantId: restaurant.id,
    customerId,
    status: order.status,
    fulfillment: order.fulfillment,
    deliveryAddress: order.fulfillment === "delivery" ? (addresses[order.customer] ?? null) : null,
    notes: order.notes ?? "",
    currency: restaurant.currency,
    subtotal,
    discount,
    tax,
    deliveryFee,
    tip,
    total,
    promoCodeId: promo?.id ?? null,
    prepMinutes,
    estimatedReadyAt: accepted ? new Date(accepted.at.getTime() + 20 * 60_000) : null,
    createdAt: placedAt,
    updatedAt: timeline.at(-1)?.at ?? placedAt,
  });
  for (const event of timeline) {
    const actorId =
      event.by === "customer" ? customerId : event.by === "restaurant" ? restaurant.memberId : null;
    rows.events.push({
      orderId,
      restaurantId: restaurant.id,
      actorId,
      actorRole: event.by,
      fromStatus: event.from,
      toStatus: event.to,
      note: event.note,
      createdAt: event.at,
    });
  }
  rows.payments.push({
    orderId,
    kind: "charge",
    amount: total,
    createdBy: customerId,
    createdAt: placedAt,
  });
  const ended = timeline.at(-1)?.at ?? placedAt;
  if (["rejected", "cancelled", "expired"].includes(order.status)) {
    rows.payments.push({
      orderId,
      kind: "refund",
      amount: total,
      reason: `Order ${order.status}: refunded in full`,
      createdAt: ended,
    });
  }
  if (order.partialRefund) {
    rows.payments.push({
      orderId,
      kind: "refund",
      amount: order.partialRefund.amount,
      reason: order.partialRefund.reason,
      createdBy: restaurant.memberId,
      createdAt: new Date(ended.getTime() + 30 * 60_000),
    });
  }
  if (order.review) {
    rows.reviews.push({
      orderId,
      restaurantId: restaurant.id,
      customerId,
      ...order.review,
      createdAt: new Date(ended.getTime() + 60 * 60_000),
    });
  }
  if (promo)
    rows.redemptions.push({
      promoCodeId: promo.id,
      userId: customerId,
      orderId,
      createdAt: placedAt,
    });
}

interface TimelineEvent {
  from: DemoOrderStatus | null;
  to: DemoOrderStatus;
  by: "customer" | "restaurant" | "system";
  note: string;
  at: Date;
}

/** The status changes that led to the order's status, spread over the time since placing. */
function eventsOf(order: DemoOrder, placedAt: Date, now: Date): TimelineEvent[] {
  const path = statusPath(order);
  // Steps of up to 12 minutes, always ending before now.
  const stepMs = Math.min(12 * 60_000, (now.getTime() - placedAt.getTime()) / (path.length + 1));
  return path.map((to, index) => {
    const from = index === 0 ? null : (path[index - 1] ?? null);
    const by: TimelineEvent["by"] =
      index === 0 || (to === "cancelled" && order.cancelledBy === "customer")
        ? "customer"
        : to === "expired"
          ? "system"
          : "restaurant";
    const note =
      to === "accepted"
        ? "Ready in about 20 minutes"
        : to === "expired"
          ? "Not accepted within 10 minutes"
          : (to === "rejected" || to === "cancelled") && order.reason
            ? order.reason
            : "";
    const at = new Date(placedAt.getTime() + (to === "expired" ? 10 * 60_000 : index * stepMs));
    return { from, to, by, note, at };
  });
}

function statusPath(order: DemoOrder): DemoOrderStatus[] {
  switch (order.status) {
    case "rejected":
    case "expired":
      return ["placed", order.status];
    case "cancelled":
      return order.cancelledBy === "restaurant"
        ? ["placed", "accepted", "cancelled"]
        : ["placed", "cancelled"];
    default: {
      const path: readonly DemoOrderStatus[] = happyPath[order.fulfillment];
      return path.slice(0, path.indexOf(order.status) + 1);
    }
  }
}
