import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { seedDatabase } from "../src/seed";
import type { TestDatabase } from "../src/testing";
import { createTestDatabase } from "../src/testing";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  await seedDatabase(database.db);
});
afterAll(async () => {
  await database.drop();
});

describe("the seeded order history", () => {
  it("gives the demo diner an order in every state", async () => {
    const { rows } = await database.db.execute<{ status: string }>(sql`
      select distinct o.status from orders o join users u on u.id = o.customer_id
      where u.email = 'diner@dishpatch.dev'`);
    expect(rows.map((r) => r.status).sort()).toEqual(
      [
        "accepted",
        "cancelled",
        "delivered",
        "expired",
        "out_for_delivery",
        "picked_up",
        "placed",
        "preparing",
        "ready",
        "rejected",
      ].sort(),
    );
  });

  it("keeps every order's ledger balanced: one charge of the total, refunds never above it", async () => {
    const { rows } = await database.db.execute<{
      status: string;
      total: number;
      charges: number;
      charge_rows: number;
      refunds: number;
    }>(sql`
      select o.status, o.total,
        coalesce(sum(p.amount) filter (where p.kind = 'charge'), 0)::int as charges,
        (count(*) filter (where p.kind = 'charge'))::int as charge_rows,
        coalesce(sum(p.amount) filter (where p.kind = 'refund'), 0)::int as refunds
      from orders o left join payments p on p.order_id = o.id
      group by o.id`);
    expect(rows.length).toBeGreaterThan(100);
    for (const order of rows) {
      expect(order.charge_rows).toBe(1);
      expect(order.charges).toBe(order.total);
      expect(order.refunds).toBeLessThanOrEqual(order.total);
      // Orders that ended without food are refunded in full.
      if (["rejected", "cancelled", "expired"].includes(order.status)) {
        expect(order.refunds).toBe(order.total);
      }
    }
    expect(rows.some((o) => o.refunds > 0 && o.refunds < o.total)).toBe(true);
  });

  it("prices a seeded order as by hand: promo, then tax half-up, fee and tip", async () => {
    // Two Margheritas with olives (150) and chili oil (100) = 2 × 1650, a tiramisù 850:
    // subtotal 4150, FIVEOFF −500, tax 8.88 % of 3650 = 324.12 → 324, delivery 399, tip 500.
    const { rows } = await database.db.execute<Record<string, number>>(sql`
      select o.subtotal, o.discount, o.tax, o.delivery_fee, o.tip, o.total
      from orders o join promo_codes p on p.id = o.promo_code_id
      where p.code = 'FIVEOFF'`);
    expect(rows).toEqual([
      { subtotal: 4150, discount: 500, tax: 324, delivery_fee: 399, tip: 500, total: 4873 },
    ]);
  });

  it("records each order's path as a chain of events ending in its status", async () => {
    const { rows } = await database.db.execute<{
      status: string;
      chain: { from: string | null; to: string }[];
    }>(sql`
      select o.status, json_agg(json_build_object('from', e.from_status, 'to', e.to_status)
        order by e.id) as chain
      from orders o join order_events e on e.order_id = o.id group by o.id`);
    for (const { status, chain } of rows) {
      expect(chain[0]).toEqual({ from: null, to: "placed" });
      for (const [index, event] of chain.slice(1).entries()) {
        expect(event.from).toBe(chain[index]?.to);
      }
      expect(chain.at(-1)?.to).toBe(status);
    }
  });

  it("counts promo redemptions in the codes' uses, with one code used up", async () => {
    const { rows } = await database.db.execute<{
      code: string;
      uses: number;
      max_uses: number | null;
      redemptions: number;
    }>(sql`
      select p.code, p.uses, p.max_uses,
        (select count(*)::int from promo_redemptions r where r.promo_code_id = p.id) as redemptions
      from promo_codes p order by p.code`);
    for (const promo of rows) expect(promo.uses).toBe(promo.redemptions);
    expect(rows.find((p) => p.code === "LASTSLICE")).toMatchObject({ uses: 1, max_uses: 1 });
    expect(rows.find((p) => p.code === "WELCOME10")?.uses).toBe(1);
  });

  it("has reviews only for orders the customer received", async () => {
    const { rows } = await database.db.execute<{ status: string }>(sql`
      select o.status from reviews r join orders o on o.id = r.order_id`);
    expect(rows.length).toBeGreaterThan(0);
    for (const { status } of rows) expect(["delivered", "picked_up"]).toContain(status);
  });
});
