import { getManagedRestaurant, listRestaurantMembers } from "@dishpatch/db";
import { restaurantOwnerReadInput } from "@dishpatch/validators";
import { TRPCError } from "@trpc/server";

import { restaurantProcedure } from "../trpc";

/** What an owner's pages read (staff, settings); spread into the restaurant router. */
export const restaurantOwnerReadProcedures = {
  members: restaurantProcedure("owner")
    .meta({ summary: "A restaurant's owners and staff with their roles.", errors: [] })
    .input(restaurantOwnerReadInput)
    .query(({ ctx, input }) => listRestaurantMembers(ctx.db, input.restaurantId)),

  /** The profile in its stored form (any status), e.g. the currency owner forms price in. */
  settings: restaurantProcedure("owner")
    .meta({
      summary: "A restaurant's profile and settings as its owner edits them.",
      errors: ["NOT_FOUND"],
    })
    .input(restaurantOwnerReadInput)
    .query(async ({ ctx, input }) => {
      const restaurant = await getManagedRestaurant(ctx.db, input.restaurantId);
      if (!restaurant) {
        throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that restaurant." });
      }
      return restaurant;
    }),
};
