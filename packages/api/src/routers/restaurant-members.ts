import { listRestaurantMembers } from "@dishpatch/db";
import { restaurantMembersInput } from "@dishpatch/validators";

import { restaurantProcedure } from "../trpc";

/** Who works at a restaurant, for the owner's staff page; spread into the restaurant router. */
export const restaurantMemberProcedures = {
  members: restaurantProcedure("owner")
    .meta({ summary: "A restaurant's owners and staff with their roles.", errors: [] })
    .input(restaurantMembersInput)
    .query(({ ctx, input }) => listRestaurantMembers(ctx.db, input.restaurantId)),
};
