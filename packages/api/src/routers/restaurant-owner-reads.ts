import { getManagedRestaurant, getRestaurantWithMenu, listRestaurantMembers } from "@dishpatch/db";
import { restaurantOwnerReadInput } from "@dishpatch/validators";
import { TRPCError } from "@trpc/server";

import { restaurantBySlugOutput } from "../outputs";
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

  /**
   * What the owner's menu, hours and settings editors read: the same profile, hours and full
   * menu as the public `bySlug`, in the same shape (so one cache helper serves both), but by id
   * and in any status, so an applicant builds the menu while the restaurant awaits approval.
   * One round trip after the viewer.
   */
  editable: restaurantProcedure("owner")
    .meta({
      summary: "A restaurant's profile, hours and full menu as its owner edits them (any status).",
      errors: ["NOT_FOUND"],
    })
    .output(restaurantBySlugOutput)
    .input(restaurantOwnerReadInput)
    .query(async ({ ctx, input }) => {
      const restaurant = await getRestaurantWithMenu(ctx.db, { id: input.restaurantId });
      if (!restaurant) {
        throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that restaurant." });
      }
      return restaurant;
    }),
};
