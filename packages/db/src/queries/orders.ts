import { sql } from "drizzle-orm";

import type { Database } from "../client";
import type { OrderStatusValue } from "./order-reads";
import { postgresErrorOf } from "./postgres-errors";

/** One option of an order line as it was priced: snapshot of names and price. */
export interface OrderLineOptionRecord {
  optionId: string;
  groupName: string;
  name: string;
  priceDelta: number;
}

export interface OrderLineRecord {
  itemId: string;
  name: string;
  unitPrice: number;
  quantity: number;
  lineTotal: number;
  options: OrderLineOptionRecord[];
}

/** A priced order, ready to write. Amounts are minor units of `currency`. */
export interface PlaceOrderRecord {
  customerId: string;
  idempotencyKey: string;
  /** Hash of the request, to tell a retry from a different cart under the same key. */
  requestHash: string;
  restaurantId: string;
  fulfillment: "delivery" | "pickup";
  deliveryAddress: string | null;
  notes: string;
  currency: string;
  subtotal: number;
  discount: number;
  tax: number;
  deliveryFee: number;
  tip: number;
  total: number;
  promoCodeId: string | null;
  lines: OrderLineRecord[];
}

/** What checkout answers with: enough for the client to show and navigate to the order. */
export interface PlacedOrderSummary {
  orderId: string;
  status: OrderStatusValue;
  currency: string;
  subtotal: number;
  discount: number;
  tax: number;
  deliveryFee: number;
  tip: number;
  total: number;
  /** True when the key had already made this order (a retry). */
  replayed: boolean;
}

export type PlaceOrderResult =
  | ({ ok: true } & PlacedOrderSummary)
  | { ok: false; reason: "idempotency-mismatch" }
  | { ok: false; reason: "insufficient-stock"; itemId: string }
  | { ok: false; reason: "promo-used-up" }
  | { ok: false; reason: "promo-customer-limit" };

interface PlacedRow extends Record<string, unknown> {
  placed: PlacedOrderSummary;
}

/**
 * Writes a priced order in ONE statement (the `place_order` function of migration 0002):
 * idempotency key, guarded stock decrements, promo redemption, order and line snapshots,
 * ledger charge and first event — all or nothing. A replayed key returns the first order.
 */
export async function placeOrderRecord(
  db: Database,
  record: PlaceOrderRecord,
): Promise<PlaceOrderResult> {
  try {
    const { rows } = await db.execute<PlacedRow>(
      sql`select place_order(${JSON.stringify(record)}::jsonb) as placed`,
    );
    const placed = rows[0]?.placed;
    if (!placed) throw new Error("place_order returned no row");
    return { ok: true, ...placed };
  } catch (error) {
    const pg = postgresErrorOf(error);
    switch (pg?.code) {
      case "DPI01":
        return { ok: false, reason: "idempotency-mismatch" };
      case "DPS01":
        return { ok: false, reason: "insufficient-stock", itemId: pg.detail ?? "" };
      case "DPP01":
        return { ok: false, reason: "promo-used-up" };
      case "DPP02":
        return { ok: false, reason: "promo-customer-limit" };
      default:
        throw error;
    }
  }
}

/** A key this user already used, with the order it made (for replays of refused carts). */
export async function findIdempotencyKey(
  db: Database,
  userId: string,
  key: string,
): Promise<{ requestHash: string; order: PlacedOrderSummary | null } | null> {
  const { rows } = await db.execute<{ requestHash: string; order: PlacedOrderSummary | null }>(sql`
    select k.request_hash as "requestHash",
      (select json_build_object('orderId', o.id, 'status', o.status, 'currency', o.currency,
          'subtotal', o.subtotal, 'discount', o.discount, 'tax', o.tax,
          'deliveryFee', o.delivery_fee, 'tip', o.tip, 'total', o.total, 'replayed', true)
       from orders o where o.id = k.order_id) as "order"
    from idempotency_keys k
    where k.user_id = ${userId} and k.key = ${key}
    limit 1`);
  return rows[0] ?? null;
}
