import { getRestaurantWithMenu, listCuisines, listRestaurants } from "@dishpatch/db";
import { restaurantBySlugInput, restaurantListInput } from "@dishpatch/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

import { decodeCursor, encodeCursor } from "../cursor";
import { publicProcedure, router } from "../trpc";
import { restaurantManagementProcedures } from "./restaurant-manage";
import { restaurantOwnerReadProcedures } from "./restaurant-owner-reads";
import { restaurantBySlugOutput, restaurantCuisinesOutput, restaurantListOutput } from "../outputs";

const listCursor = z.object({ openNow: z.boolean(), name: z.string(), id: z.string() });

export const restaurantRouter = router({
  /** Active restaurants, open now first, then by name; cursor-paginated. One round trip. */
  list: publicProcedure
    .meta({
      summary: "Active restaurants, open now first; cursor-paginated.",
      errors: [],
      openapi: { method: "GET", path: "/restaurants", tags: ["restaurants"], protect: false },
    })
    .output(restaurantListOutput)
    .input(restaurantListInput)
    .query(async ({ ctx, input }) => {
      const cursor = input.cursor ? decodeCursor(input.cursor, listCursor) : null;
      // One extra row tells whether another page exists without a count query.
      const rows = await listRestaurants(ctx.db, {
        search: input.search,
        cuisine: input.cuisine,
        openNow: input.openNow,
        limit: input.limit + 1,
        cursor,
      });
      const items = rows.slice(0, input.limit);
      const last = items.at(-1);
      return {
        items,
        nextCursor:
          rows.length > input.limit && last
            ? encodeCursor({ openNow: last.openNow, name: last.name, id: last.id })
            : null,
      };
    }),

  /** The cuisines of active restaurants, for filtering the list. One round trip. */
  cuisines: publicProcedure
    .meta({
      summary: "The cuisines of active restaurants, alphabetically.",
      errors: [],
      openapi: { method: "GET", path: "/cuisines", tags: ["restaurants"], protect: false },
    })
    .output(restaurantCuisinesOutput)
    .input(z.void())
    .query(({ ctx }) => listCuisines(ctx.db)),

  /** Profile, hours, open-now and the full menu. One round trip. */
  bySlug: publicProcedure
    .meta({
      summary: "A restaurant's profile, hours and full menu.",
      errors: ["NOT_FOUND"],
      openapi: {
        method: "GET",
        path: "/restaurants/{slug}",
        tags: ["restaurants"],
        protect: false,
      },
    })
    .output(restaurantBySlugOutput)
    .input(restaurantBySlugInput)
    .query(async ({ ctx, input }) => {
      const restaurant = await getRestaurantWithMenu(ctx.db, { slug: input.slug });
      // Pending and suspended restaurants are not part of the public marketplace.
      if (restaurant?.status !== "active") {
        throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that restaurant." });
      }
      return restaurant;
    }),
  ...restaurantManagementProcedures,
  ...restaurantOwnerReadProcedures,
});
