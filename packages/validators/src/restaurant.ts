import { z } from "zod";

export const slug = z
  .string()
  .trim()
  .min(2, "Use at least 2 characters")
  .max(60, "Use at most 60 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, digits and single dashes");

export const restaurantListInput = z
  .object({
    search: z.string().trim().max(80).optional(),
    cuisine: z.string().trim().max(40).optional(),
    /** Only restaurants open at this moment, in their own time zones. */
    openNow: z.boolean().optional(),
    limit: z.number().int().min(1).max(50).default(20),
    /** Opaque: the `nextCursor` of the previous page. */
    cursor: z.string().max(500).nullish(),
  })
  .strict();
export type RestaurantListInput = z.input<typeof restaurantListInput>;

export const restaurantBySlugInput = z.object({ slug }).strict();
