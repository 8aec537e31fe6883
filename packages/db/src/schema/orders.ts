import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { uuidPrimaryKey, createdAt, updatedAt } from "./columns";

import { menuItems, options } from "./menu";
import { promoCodes } from "./promos";
import { restaurants } from "./restaurants";
import { users } from "./users";

export const orderStatus = pgEnum("order_status", [
  "placed",
  "accepted",
  "preparing",
  "ready",
  "out_for_delivery",
  "delivered",
  "picked_up",
  "rejected",
  "cancelled",
  "expired",
]);
export const fulfillment = pgEnum("fulfillment", ["delivery", "pickup"]);
export const actorRole = pgEnum("actor_role", ["customer", "restaurant", "admin", "system"]);
export const paymentKind = pgEnum("payment_kind", ["charge", "refund"]);

/**
 * An order with the prices it was placed at: names and amounts are snapshots, so later menu
 * edits never change past orders. All amounts are minor units of `currency`.
 */
export const orders = pgTable(
  "orders",
  {
    id: uuidPrimaryKey(),
    restaurantId: text()
      .notNull()
      .references(() => restaurants.id, { onDelete: "restrict" }),
    customerId: text()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    status: orderStatus().notNull().default("placed"),
    fulfillment: fulfillment().notNull(),
    deliveryAddress: text(),
    notes: text().notNull().default(""),
    currency: text().notNull(),
    subtotal: integer().notNull(),
    discount: integer().notNull().default(0),
    tax: integer().notNull(),
    deliveryFee: integer().notNull().default(0),
    tip: integer().notNull().default(0),
    total: integer().notNull(),
    promoCodeId: text().references(() => promoCodes.id, { onDelete: "set null" }),
    prepMinutes: smallint(),
    estimatedReadyAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("orders_customer_created_idx").on(t.customerId, t.createdAt),
    index("orders_restaurant_status_idx").on(t.restaurantId, t.status, t.createdAt),
    index("orders_status_created_idx").on(t.status, t.createdAt),
    check(
      "orders_amounts_nonnegative",
      sql`${t.subtotal} >= 0 and ${t.discount} >= 0 and ${t.tax} >= 0 and ${t.deliveryFee} >= 0 and ${t.tip} >= 0 and ${t.total} >= 0`,
    ),
    check("orders_discount_within_subtotal", sql`${t.discount} <= ${t.subtotal}`),
    check(
      "orders_total_adds_up",
      sql`${t.total} = ${t.subtotal} - ${t.discount} + ${t.tax} + ${t.deliveryFee} + ${t.tip}`,
    ),
    check(
      "orders_delivery_has_address",
      sql`${t.fulfillment} = 'pickup' or ${t.deliveryAddress} is not null`,
    ),
  ],
);

export const orderItems = pgTable(
  "order_items",
  {
    id: uuidPrimaryKey(),
    orderId: text()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    /** The live item, for restocking; null once it is deleted from the menu. */
    menuItemId: text().references(() => menuItems.id, { onDelete: "set null" }),
    name: text().notNull(),
    unitPrice: integer().notNull(),
    quantity: integer().notNull(),
    lineTotal: integer().notNull(),
  },
  (t) => [
    index("order_items_order_idx").on(t.orderId),
    check("order_items_quantity_positive", sql`${t.quantity} > 0`),
    check("order_items_line_total", sql`${t.lineTotal} = ${t.unitPrice} * ${t.quantity}`),
  ],
);

export const orderItemOptions = pgTable(
  "order_item_options",
  {
    orderItemId: text()
      .notNull()
      .references(() => orderItems.id, { onDelete: "cascade" }),
    optionId: text().references(() => options.id, { onDelete: "set null" }),
    groupName: text().notNull(),
    name: text().notNull(),
    priceDelta: integer().notNull(),
  },
  (t) => [index("order_item_options_item_idx").on(t.orderItemId)],
);

/**
 * Every status change, appended in the same transaction as the change. The serial id orders
 * events and lets a live stream resume after the last one it delivered.
 */
export const orderEvents = pgTable(
  "order_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    orderId: text()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    restaurantId: text()
      .notNull()
      .references(() => restaurants.id, { onDelete: "cascade" }),
    actorId: text().references(() => users.id, { onDelete: "set null" }),
    actorRole: actorRole().notNull(),
    fromStatus: orderStatus(),
    toStatus: orderStatus().notNull(),
    note: text().notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    index("order_events_order_idx").on(t.orderId, t.id),
    index("order_events_restaurant_idx").on(t.restaurantId, t.id),
  ],
);

/** The payments ledger: an order's balance is Σ charges − Σ refunds. */
export const payments = pgTable(
  "payments",
  {
    id: uuidPrimaryKey(),
    orderId: text()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    kind: paymentKind().notNull(),
    amount: integer().notNull(),
    /** v1 settles at the door; a card processor plugs in here later. */
    method: text().notNull().default("pay_at_door"),
    reason: text().notNull().default(""),
    createdBy: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("payments_order_idx").on(t.orderId),
    check("payments_amount_positive", sql`${t.amount} > 0`),
  ],
);

/** `order.place` keys: the same key from the same user returns the first result. */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text().notNull(),
    /** Hash of the request, to refuse the same key with a different cart. */
    requestHash: text().notNull(),
    orderId: text().references(() => orders.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.key] }),
    index("idempotency_keys_created_idx").on(t.createdAt),
  ],
);

export const reviews = pgTable(
  "reviews",
  {
    orderId: text()
      .primaryKey()
      .references(() => orders.id, { onDelete: "cascade" }),
    restaurantId: text()
      .notNull()
      .references(() => restaurants.id, { onDelete: "cascade" }),
    customerId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    rating: smallint().notNull(),
    comment: text().notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    index("reviews_restaurant_idx").on(t.restaurantId, t.createdAt),
    check("reviews_rating_range", sql`${t.rating} between 1 and 5`),
  ],
);
