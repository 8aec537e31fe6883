import { z } from "zod";

import { orderStatusValues } from "./order";

/** Admin inputs: filters and cursors for the lists, and the few status changes admins make. */

const id = z.string().min(1).max(64);
const search = z.string().trim().max(80).optional();
const limit = z.number().int().min(1).max(100).default(25);
/** Opaque: the `nextCursor` of the previous page. */
const cursor = z.string().max(500).nullish();
const reason = z.string().trim().max(500, "Use at most 500 characters");

export const adminRestaurantsInput = z
  .object({
    /** "pending" is the approval queue (oldest first); every other filter lists newest first. */
    status: z.enum(["pending", "active", "suspended", "all"]).default("all"),
    search,
    limit,
    cursor,
  })
  .strict();
export type AdminRestaurantsInput = z.input<typeof adminRestaurantsInput>;

export const setRestaurantStatusInput = z
  .object({
    restaurantId: id,
    /** active = approve (from pending) or reinstate (from suspended). */
    status: z.enum(["active", "suspended"]),
    reason: reason.default(""),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.status === "suspended" && input.reason.length < 3) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Say why it is suspended" });
    }
  });

export const adminUsersInput = z
  .object({
    /** Matches email or name, anywhere in them. */
    search,
    role: z.enum(["customer", "admin"]).optional(),
    status: z.enum(["active", "suspended"]).optional(),
    limit,
    cursor,
  })
  .strict();

export const setUserRoleInput = z
  .object({ userId: id, role: z.enum(["customer", "admin"]) })
  .strict();

export const suspendUserInput = z
  .object({ userId: id, suspended: z.boolean(), reason: reason.default("") })
  .strict()
  .superRefine((input, ctx) => {
    if (input.suspended && input.reason.length < 3) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: "Say why the account is suspended",
      });
    }
  });

export const adminOrdersInput = z
  .object({
    status: z.enum(orderStatusValues).optional(),
    restaurantId: id.optional(),
    customerEmail: z.string().trim().toLowerCase().max(254).optional(),
    limit,
    cursor,
  })
  .strict();

export const auditLogInput = z
  .object({
    targetType: z.string().trim().min(1).max(40).optional(),
    targetId: id.optional(),
    action: z.string().trim().min(1).max(60).optional(),
    limit,
    cursor,
  })
  .strict();
