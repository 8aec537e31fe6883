import type { Database } from "../client";
import { restaurants } from "../schema";
import { demoRestaurants } from "./restaurants";

export interface SeedResult {
  restaurants: number;
}

/** Idempotent: rows that already exist (by slug) are left as they are. */
export async function seedDatabase(db: Database): Promise<SeedResult> {
  const inserted = await db
    .insert(restaurants)
    .values(demoRestaurants.map((r) => ({ ...r })))
    .onConflictDoNothing({ target: restaurants.slug })
    .returning({ id: restaurants.id });
  return { restaurants: inserted.length };
}
