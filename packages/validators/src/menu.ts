import { z } from "zod";

/**
 * Menu editing inputs. Every object is strict, so a client can never set a column that is not
 * listed here (another restaurant's id on a nested object, a stock count via an option...).
 * Ids are checked against `restaurantId` by the database statement that uses them.
 */

const id = z.string().min(1).max(64);
const name = (max: number) =>
  z.string().trim().min(1, "Enter a name").max(max, `Use at most ${max} characters`);
/** Positions are small: a menu with ten thousand entries is a mistake, not a menu. */
const sortOrder = z.number().int().min(0).max(10_000);

/** 1,000,000.00 in a two-decimal currency: far above any dish, far below integer overflow. */
export const MAX_ITEM_PRICE = 100_000_000;
export const MAX_STOCK = 1_000_000;
export const MAX_OPTIONS_PER_GROUP = 30;

export const upsertCategoryInput = z
  .object({
    restaurantId: id,
    /** Absent: create a category. */
    id: id.optional(),
    name: name(60),
    /** Absent: a new category goes last, an existing one keeps its place. */
    sortOrder: sortOrder.optional(),
  })
  .strict();
export type UpsertCategoryInput = z.input<typeof upsertCategoryInput>;

export const deleteCategoryInput = z.object({ restaurantId: id, categoryId: id }).strict();

const stock = z.number().int().min(0).max(MAX_STOCK).nullable();

export const upsertItemInput = z
  .object({
    restaurantId: id,
    id: id.optional(),
    categoryId: id,
    name: name(80),
    description: z.string().trim().max(500, "Use at most 500 characters").default(""),
    /** Minor units of the restaurant's currency. */
    price: z.number().int("Use whole minor units (cents)").min(0).max(MAX_ITEM_PRICE),
    /** null = unlimited. */
    stock: stock.default(null),
    soldOut: z.boolean().default(false),
    sortOrder: sortOrder.optional(),
  })
  .strict();
export type UpsertItemInput = z.input<typeof upsertItemInput>;

export const deleteItemInput = z.object({ restaurantId: id, itemId: id }).strict();

export const setStockInput = z.object({ restaurantId: id, itemId: id, stock }).strict();

export const setSoldOutInput = z
  .object({ restaurantId: id, itemId: id, soldOut: z.boolean() })
  .strict();

export const optionInput = z
  .object({
    /** Absent: a new option. Present: an option of this group, kept (past orders link to it). */
    id: id.optional(),
    name: name(60),
    /**
     * May be negative ("no cheese"): pricing clamps a line at free, so a delta can never make an
     * item pay the customer.
     */
    priceDelta: z
      .number()
      .int("Use whole minor units (cents)")
      .min(-MAX_ITEM_PRICE)
      .max(MAX_ITEM_PRICE),
  })
  .strict();

export const upsertOptionGroupInput = z
  .object({
    restaurantId: id,
    id: id.optional(),
    /** The item the group belongs to; an existing group stays on its item. */
    itemId: id,
    name: name(60),
    minChoices: z.number().int().min(0).max(MAX_OPTIONS_PER_GROUP),
    maxChoices: z.number().int().min(1).max(MAX_OPTIONS_PER_GROUP),
    sortOrder: sortOrder.optional(),
    /** The group's options, in menu order; replaces the current list. */
    options: z.array(optionInput).min(1, "Add at least one option").max(MAX_OPTIONS_PER_GROUP),
  })
  .strict()
  .superRefine((group, ctx) => {
    if (group.minChoices > group.maxChoices) {
      ctx.addIssue({
        code: "custom",
        path: ["minChoices"],
        message: "The minimum cannot be above the maximum",
      });
    }
    if (group.maxChoices > group.options.length) {
      ctx.addIssue({
        code: "custom",
        path: ["maxChoices"],
        message: "The maximum cannot be above the number of options",
      });
    }
    const seen = new Set<string>();
    group.options.forEach((option, index) => {
      if (option.id === undefined) return;
      if (seen.has(option.id)) {
        ctx.addIssue({ code: "custom", path: ["options", index, "id"], message: "Listed twice" });
      }
      seen.add(option.id);
    });
  });
export type UpsertOptionGroupInput = z.input<typeof upsertOptionGroupInput>;

export const deleteOptionGroupInput = z.object({ restaurantId: id, optionGroupId: id }).strict();

const orderedIds = z
  .array(id)
  .min(1)
  .max(500)
  .refine((ids) => new Set(ids).size === ids.length, "Each id may appear once");

/** The full new order: exactly the restaurant's categories, or exactly one category's items. */
export const reorderInput = z.discriminatedUnion("kind", [
  z.object({ restaurantId: id, kind: z.literal("categories"), ids: orderedIds }).strict(),
  z
    .object({ restaurantId: id, kind: z.literal("items"), categoryId: id, ids: orderedIds })
    .strict(),
]);
export type ReorderInput = z.input<typeof reorderInput>;
