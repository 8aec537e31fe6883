import { z } from "zod";

import { email } from "./auth";
import { slug } from "./restaurant";

/** Ids are app-made UUIDs; the bound only keeps absurd payloads out. */
export const recordId = z.string().min(1).max(64);

/** Whole minor units (cents) a restaurant may charge as a fee or minimum: up to 100,000.00. */
const feeMinorUnits = z
  .number()
  .int("Use whole minor units (cents)")
  .min(0, "Must not be negative")
  .max(10_000_000, "That amount is too large");

/**
 * A restaurant's editable profile. `currency` and `timeZone` are only shaped here: the API
 * narrows them to the currencies and IANA zones its domain supports (forms may import the
 * lists from `@dishpatch/api/domain`).
 */
export const restaurantProfileFields = {
  name: z.string().trim().min(1, "Enter a name").max(80, "Use at most 80 characters"),
  slug,
  cuisine: z.string().trim().min(1, "Enter a cuisine").max(40, "Use at most 40 characters"),
  description: z.string().trim().max(1000, "Use at most 1,000 characters"),
  currency: z.string().trim().length(3, "Use a 3-letter ISO 4217 code like USD"),
  /** Whole basis points: 888 = 8.88 %. */
  taxRateBasisPoints: z
    .number()
    .int("Use whole basis points (888 = 8.88 %)")
    .min(0, "Must not be negative")
    .max(10_000, "At most 10,000 basis points (100 %)"),
  deliveryFee: feeMinorUnits,
  minimumOrder: feeMinorUnits,
  timeZone: z.string().trim().min(1, "Choose a time zone").max(64, "Unknown time zone"),
};

/** Applying for a restaurant: name, slug, currency and time zone are required. */
export const restaurantCreateInput = z
  .object({
    ...restaurantProfileFields,
    cuisine: restaurantProfileFields.cuisine.default("Other"),
    description: restaurantProfileFields.description.default(""),
    taxRateBasisPoints: restaurantProfileFields.taxRateBasisPoints.default(0),
    deliveryFee: restaurantProfileFields.deliveryFee.default(0),
    minimumOrder: restaurantProfileFields.minimumOrder.default(0),
  })
  .strict();
export type RestaurantCreateInput = z.input<typeof restaurantCreateInput>;

const profileFieldNames = [
  "name",
  "slug",
  "cuisine",
  "description",
  "currency",
  "taxRateBasisPoints",
  "deliveryFee",
  "minimumOrder",
  "timeZone",
] as const satisfies readonly (keyof typeof restaurantProfileFields)[];

/** Any subset of the profile; status, ids and members can never be set this way. */
export const restaurantUpdateInput = z
  .object({
    restaurantId: recordId,
    name: restaurantProfileFields.name.optional(),
    slug: restaurantProfileFields.slug.optional(),
    cuisine: restaurantProfileFields.cuisine.optional(),
    description: restaurantProfileFields.description.optional(),
    currency: restaurantProfileFields.currency.optional(),
    taxRateBasisPoints: restaurantProfileFields.taxRateBasisPoints.optional(),
    deliveryFee: restaurantProfileFields.deliveryFee.optional(),
    minimumOrder: restaurantProfileFields.minimumOrder.optional(),
    timeZone: restaurantProfileFields.timeZone.optional(),
  })
  .strict()
  .refine(
    (input) => profileFieldNames.some((field) => input[field] !== undefined),
    "Change at least one field",
  );
export type RestaurantUpdateInput = z.input<typeof restaurantUpdateInput>;

/** Most intervals a week may have: four a day. */
export const MAX_OPENING_INTERVALS = 28;

export const setAcceptingOrdersInput = z
  .object({ restaurantId: recordId, acceptingOrders: z.boolean() })
  .strict();

export const memberRoleInput = z.enum(["owner", "staff"]);

export const addStaffInput = z
  .object({ restaurantId: recordId, email, role: memberRoleInput })
  .strict();
export type AddStaffInput = z.input<typeof addStaffInput>;

export const removeStaffInput = z.object({ restaurantId: recordId, userId: recordId }).strict();

/** Reads an owner makes of their own restaurant. */
export const restaurantOwnerReadInput = z.object({ restaurantId: recordId }).strict();
