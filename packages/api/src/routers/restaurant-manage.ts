import {
  addRestaurantMember,
  createRestaurantApplication,
  listMyRestaurants,
  removeRestaurantMember,
  replaceOpeningHours,
  setAcceptingOrders,
  updateRestaurantProfile,
} from "@dishpatch/db";
import { addStaffInput, removeStaffInput, setAcceptingOrdersInput } from "@dishpatch/validators";
import { TRPCError } from "@trpc/server";

import { InvalidFields } from "../errors";
import { protectedProcedure, restaurantProcedure } from "../trpc";
import {
  createRestaurantInput,
  setHoursInput,
  updateRestaurantInput,
} from "./restaurant-manage-inputs";

/** Open applications one person may have waiting, so nobody can flood the admin queue. */
export const MAX_PENDING_APPLICATIONS = 3;

const slugTaken = () =>
  new TRPCError({
    code: "CONFLICT",
    message: "That web address is taken. Choose another slug.",
    cause: new InvalidFields({ slug: ["This slug is already taken"] }),
  });

const restaurantGone = () =>
  new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that restaurant." });

/** Restaurant management, spread into the restaurant router next to the public reads. */
export const restaurantManagementProcedures = {
  /** Any signed-in person applies; the restaurant waits as `pending` until an admin approves. */
  create: protectedProcedure
    .meta({
      summary: "Applies to open a restaurant (pending until an admin approves).",
      errors: ["CONFLICT"],
    })
    .input(createRestaurantInput)
    .mutation(async ({ ctx, input }) => {
      const result = await createRestaurantApplication(ctx.db, {
        ownerId: ctx.viewer.id,
        profile: input,
        maxPending: MAX_PENDING_APPLICATIONS,
      });
      if (result.ok) return result.restaurant;
      if (result.reason === "slug-taken") throw slugTaken();
      throw new TRPCError({
        code: "CONFLICT",
        message: `You already have ${MAX_PENDING_APPLICATIONS} applications waiting for review. Wait for a decision before applying again.`,
      });
    }),

  update: restaurantProcedure("owner")
    .meta({
      summary: "Edits a restaurant's profile and delivery settings.",
      errors: ["NOT_FOUND", "CONFLICT"],
    })
    .input(updateRestaurantInput)
    .mutation(async ({ ctx, input }) => {
      const { restaurantId, ...changes } = input;
      const result = await updateRestaurantProfile(ctx.db, restaurantId, changes);
      if (result.ok) return result.restaurant;
      switch (result.reason) {
        case "slug-taken":
          throw slugTaken();
        case "currency-locked":
          throw new TRPCError({
            code: "CONFLICT",
            message: "The currency can't change once the restaurant has orders.",
            cause: new InvalidFields({ currency: ["Locked: the restaurant has orders"] }),
          });
        case "not-found":
          throw restaurantGone();
      }
    }),

  /** Replaces the whole weekly schedule at once; an empty list closes the restaurant. */
  setHours: restaurantProcedure("owner")
    .meta({ summary: "Replaces a restaurant's weekly opening hours.", errors: ["NOT_FOUND"] })
    .input(setHoursInput)
    .mutation(async ({ ctx, input }) => {
      const hours = await replaceOpeningHours(ctx.db, input.restaurantId, input.hours);
      if (!hours) throw restaurantGone();
      return { restaurantId: input.restaurantId, hours };
    }),

  /** Pauses or resumes ordering; staff may do it during a rush. */
  setAcceptingOrders: restaurantProcedure("staff")
    .meta({ summary: "Pauses or resumes taking orders.", errors: ["NOT_FOUND"] })
    .input(setAcceptingOrdersInput)
    .mutation(async ({ ctx, input }) => {
      const updated = await setAcceptingOrders(ctx.db, input.restaurantId, input.acceptingOrders);
      if (!updated) throw restaurantGone();
      return updated;
    }),

  addStaff: restaurantProcedure("owner")
    .meta({
      summary: "Adds a registered user as restaurant staff.",
      errors: ["NOT_FOUND", "CONFLICT"],
    })
    .input(addStaffInput)
    .mutation(async ({ ctx, input }) => {
      const result = await addRestaurantMember(ctx.db, input);
      if (result.ok) return result.member;
      if (result.reason === "no-such-user") {
        throw new TRPCError({
          code: "NOT_FOUND",
          message: "Nobody has a Dishpatch account with that email. Ask them to sign up first.",
          cause: new InvalidFields({ email: ["No account with this email"] }),
        });
      }
      throw new TRPCError({
        code: "CONFLICT",
        message: "That person is already a member of this restaurant.",
        cause: new InvalidFields({ email: ["Already a member"] }),
      });
    }),

  /** Takes effect at once: memberships are read afresh on every request. */
  removeStaff: restaurantProcedure("owner")
    .meta({
      summary: "Removes a staff member from a restaurant.",
      errors: ["NOT_FOUND", "CONFLICT"],
    })
    .input(removeStaffInput)
    .mutation(async ({ ctx, input }) => {
      const result = await removeRestaurantMember(ctx.db, input);
      if (result.ok) return { restaurantId: input.restaurantId, userId: input.userId };
      if (result.reason === "not-a-member") {
        throw new TRPCError({
          code: "NOT_FOUND",
          message: "That person is not a member of this restaurant.",
        });
      }
      throw new TRPCError({
        code: "CONFLICT",
        message: "A restaurant needs an owner. Add another owner before removing the last one.",
      });
    }),

  /** Restaurants the caller belongs to, with their role. One round trip after the viewer. */
  mine: protectedProcedure
    .meta({ summary: "Restaurants the caller is a member of, with their role.", errors: [] })
    .query(({ ctx }) => listMyRestaurants(ctx.db, ctx.viewer.id)),
};
