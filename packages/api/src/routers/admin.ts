import {
  changeRestaurantStatus,
  changeUserRole,
  changeUserStatus,
  listAdminOrders,
  listAdminRestaurants,
  listAdminUsers,
  listAuditLog,
} from "@dishpatch/db";
import {
  adminOrdersInput,
  adminRestaurantsInput,
  adminUsersInput,
  auditLogInput,
  setRestaurantStatusInput,
  setUserRoleInput,
  suspendUserInput,
} from "@dishpatch/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

import { decodeCursor, encodeCursor, timeCursor } from "../cursor";
import { restaurantStatusAction, userRoleAction, userStatusAction } from "../domain";
import { adminProcedure, router } from "../trpc";

const idCursor = z.object({ id: z.number().int().positive() });

/** One extra row tells whether another page exists; the cursor position is not shown. */
function page<Row extends { cursorAt: string; id: string }>(rows: Row[], limit: number) {
  const items = rows.slice(0, limit).map(({ cursorAt: _cursorAt, ...row }) => row);
  const last = rows[limit - 1];
  return {
    items,
    nextCursor:
      rows.length > limit && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null,
  };
}

function refusal(reason: "not-found" | "actor-not-admin", what: string): TRPCError {
  return reason === "not-found"
    ? new TRPCError({ code: "NOT_FOUND", message: `We couldn't find that ${what}.` })
    : new TRPCError({ code: "FORBIDDEN", message: "Only administrators may do this." });
}

export const adminRouter = router({
  /** The approval queue (status "pending", oldest first) and every other restaurant. */
  restaurants: adminProcedure
    .meta({ summary: "All restaurants by status, for review.", errors: [] })
    .input(adminRestaurantsInput)
    .query(async ({ ctx, input }) => {
      const rows = await listAdminRestaurants(ctx.db, {
        status: input.status,
        search: input.search,
        limit: input.limit + 1,
        cursor: input.cursor ? decodeCursor(input.cursor, timeCursor) : null,
      });
      return page(rows, input.limit);
    }),

  /** Approve, suspend (with a reason) or reinstate; audited in the same transaction. */
  setRestaurantStatus: adminProcedure
    .meta({
      summary: "Approves, suspends or reinstates a restaurant.",
      errors: ["NOT_FOUND", "CONFLICT"],
    })
    .input(setRestaurantStatusInput)
    .mutation(async ({ ctx, input }) => {
      const result = await changeRestaurantStatus(ctx.db, {
        actorId: ctx.viewer.id,
        restaurantId: input.restaurantId,
        to: input.status,
        reason: input.reason,
        decide: restaurantStatusAction,
      });
      if (result.ok) return { status: result.to, action: result.action };
      if (result.reason === "refused") {
        throw new TRPCError({
          code: "CONFLICT",
          message: `This restaurant is already ${result.from}.`,
        });
      }
      throw refusal(result.reason, "restaurant");
    }),

  users: adminProcedure
    .meta({ summary: "Searches users.", errors: [] })
    .input(adminUsersInput)
    .query(async ({ ctx, input }) => {
      const rows = await listAdminUsers(ctx.db, {
        search: input.search,
        role: input.role,
        status: input.status,
        limit: input.limit + 1,
        cursor: input.cursor ? decodeCursor(input.cursor, timeCursor) : null,
      });
      return page(rows, input.limit);
    }),

  /** Takes effect at once: the user's sessions end and they sign in with the new role. */
  setUserRole: adminProcedure
    .meta({ summary: "Makes a user an admin or a customer.", errors: ["NOT_FOUND", "CONFLICT"] })
    .input(setUserRoleInput)
    .mutation(async ({ ctx, input }) => {
      // Keeps at least one admin: nobody can demote the account they are using.
      if (input.userId === ctx.viewer.id) {
        throw new TRPCError({
          code: "CONFLICT",
          message: "You cannot change your own role. Ask another administrator.",
        });
      }
      const result = await changeUserRole(ctx.db, {
        actorId: ctx.viewer.id,
        userId: input.userId,
        to: input.role,
        decide: userRoleAction,
      });
      if (result.ok) return { role: result.to, action: result.action };
      if (result.reason === "refused") {
        throw new TRPCError({
          code: "CONFLICT",
          message: `This user is already a ${result.from}.`,
        });
      }
      throw refusal(result.reason, "user");
    }),

  /** Suspension ends every session of the account at once; reinstating lets them sign in. */
  suspendUser: adminProcedure
    .meta({ summary: "Suspends or reactivates a user account.", errors: ["NOT_FOUND", "CONFLICT"] })
    .input(suspendUserInput)
    .mutation(async ({ ctx, input }) => {
      if (input.userId === ctx.viewer.id) {
        throw new TRPCError({ code: "CONFLICT", message: "You cannot suspend your own account." });
      }
      const result = await changeUserStatus(ctx.db, {
        actorId: ctx.viewer.id,
        userId: input.userId,
        to: input.suspended ? "suspended" : "active",
        reason: input.reason,
        decide: userStatusAction,
      });
      if (result.ok) return { status: result.to, action: result.action };
      if (result.reason === "refused") {
        throw new TRPCError({
          code: "CONFLICT",
          message: input.suspended
            ? "This account is already suspended."
            : "This account is not suspended.",
        });
      }
      throw refusal(result.reason, "user");
    }),

  /** Every order, newest first, with its restaurant and customer. */
  orders: adminProcedure
    .meta({ summary: "All orders, filterable, for support.", errors: [] })
    .input(adminOrdersInput)
    .query(async ({ ctx, input }) => {
      const rows = await listAdminOrders(ctx.db, {
        status: input.status,
        restaurantId: input.restaurantId,
        customerEmail: input.customerEmail,
        limit: input.limit + 1,
        cursor: input.cursor ? decodeCursor(input.cursor, timeCursor) : null,
      });
      return page(rows, input.limit);
    }),

  /** Newest first, with who did it. */
  auditLog: adminProcedure
    .meta({ summary: "The audit log of admin actions.", errors: [] })
    .input(auditLogInput)
    .query(async ({ ctx, input }) => {
      const rows = await listAuditLog(ctx.db, {
        targetType: input.targetType,
        targetId: input.targetId,
        action: input.action,
        limit: input.limit + 1,
        beforeId: input.cursor ? decodeCursor(input.cursor, idCursor).id : null,
      });
      const items = rows.slice(0, input.limit);
      const last = items.at(-1);
      return {
        items,
        nextCursor: rows.length > input.limit && last ? encodeCursor({ id: last.id }) : null,
      };
    }),
});
