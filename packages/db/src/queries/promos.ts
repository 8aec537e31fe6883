import { and, desc, eq } from "drizzle-orm";

import type { Database } from "../client";
import { promoCodes } from "../schema";

export type PromoKind = (typeof promoCodes.$inferSelect)["kind"];

/** A promo code as its restaurant manages it. */
export interface ManagedPromo {
  id: string;
  code: string;
  kind: PromoKind;
  /** Basis points for percent codes, minor units for fixed ones. */
  value: number;
  minimumSubtotal: number;
  startsAt: Date | null;
  endsAt: Date | null;
  maxUses: number | null;
  maxUsesPerCustomer: number | null;
  uses: number;
  active: boolean;
  createdAt: Date;
}

const managedPromoColumns = {
  id: promoCodes.id,
  code: promoCodes.code,
  kind: promoCodes.kind,
  value: promoCodes.value,
  minimumSubtotal: promoCodes.minimumSubtotal,
  startsAt: promoCodes.startsAt,
  endsAt: promoCodes.endsAt,
  maxUses: promoCodes.maxUses,
  maxUsesPerCustomer: promoCodes.maxUsesPerCustomer,
  uses: promoCodes.uses,
  active: promoCodes.active,
  createdAt: promoCodes.createdAt,
};

export type NewPromo = Omit<ManagedPromo, "id" | "uses" | "active" | "createdAt">;

/** Inserts a code; null when the restaurant already has it (no exception, no race). */
export async function insertPromo(
  db: Database,
  restaurantId: string,
  promo: NewPromo,
): Promise<ManagedPromo | null> {
  const [row] = await db
    .insert(promoCodes)
    .values({ restaurantId, ...promo })
    .onConflictDoNothing({ target: [promoCodes.restaurantId, promoCodes.code] })
    .returning(managedPromoColumns);
  return row ?? null;
}

/** The restaurant's codes, newest first. One round trip. */
export async function listPromos(db: Database, restaurantId: string): Promise<ManagedPromo[]> {
  return db
    .select(managedPromoColumns)
    .from(promoCodes)
    .where(eq(promoCodes.restaurantId, restaurantId))
    .orderBy(desc(promoCodes.createdAt), promoCodes.code);
}

/** Deactivates a code of that restaurant; null when it has no such code. Idempotent. */
export async function deactivatePromo(
  db: Database,
  opts: { restaurantId: string; promoId: string },
): Promise<ManagedPromo | null> {
  const [row] = await db
    .update(promoCodes)
    .set({ active: false })
    .where(and(eq(promoCodes.id, opts.promoId), eq(promoCodes.restaurantId, opts.restaurantId)))
    .returning(managedPromoColumns);
  return row ?? null;
}
