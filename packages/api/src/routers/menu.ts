import {
  createCategory,
  createItem,
  deleteEmptyCategory,
  deleteItem,
  deleteOptionGroup,
  reorderMenu,
  setItemAvailability,
  updateCategory,
  updateItem,
  upsertOptionGroup,
} from "@dishpatch/db";
import {
  deleteCategoryInput,
  deleteItemInput,
  deleteOptionGroupInput,
  reorderInput,
  setSoldOutInput,
  setStockInput,
  upsertCategoryInput,
  upsertItemInput,
  upsertOptionGroupInput,
} from "@dishpatch/validators";
import { TRPCError } from "@trpc/server";

import { InvalidFields } from "../errors";
import { restaurantProcedure, router } from "../trpc";

/**
 * Every id is matched together with the input's restaurant by the statement that uses it, so an
 * id from another restaurant's menu is "not found" and that menu is never touched.
 */
function notFound(what: string): TRPCError {
  return new TRPCError({
    code: "NOT_FOUND",
    message: `We couldn't find that ${what} in this restaurant's menu.`,
  });
}

function invalid(field: string, message: string): TRPCError {
  return new TRPCError({
    code: "BAD_REQUEST",
    message,
    cause: new InvalidFields({ [field]: [message] }),
  });
}

const ownerProcedure = restaurantProcedure("owner");

export const menuRouter = router({
  /** Without `id`: a new category, last unless `sortOrder` says otherwise. */
  upsertCategory: ownerProcedure
    .meta({ summary: "Creates or renames a menu category.", errors: ["NOT_FOUND"] })
    .input(upsertCategoryInput)
    .mutation(async ({ ctx, input }) => {
      if (input.id === undefined) return createCategory(ctx.db, input);
      const category = await updateCategory(ctx.db, { ...input, id: input.id });
      if (!category) throw notFound("category");
      return category;
    }),

  /** Only an empty category: deleting one with items would silently lose them. */
  deleteCategory: ownerProcedure
    .meta({ summary: "Deletes an empty menu category.", errors: ["NOT_FOUND", "CONFLICT"] })
    .input(deleteCategoryInput)
    .mutation(async ({ ctx, input }) => {
      const result = await deleteEmptyCategory(ctx.db, {
        restaurantId: input.restaurantId,
        id: input.categoryId,
      });
      if (result === "not-found") throw notFound("category");
      if (result === "has-items") {
        throw new TRPCError({
          code: "CONFLICT",
          message: "This category still has items. Move or delete them first.",
        });
      }
      return { ok: true as const };
    }),

  upsertItem: ownerProcedure
    .meta({ summary: "Creates or edits a menu item.", errors: ["NOT_FOUND"] })
    .input(upsertItemInput)
    .mutation(async ({ ctx, input }) => {
      const item =
        input.id === undefined
          ? await createItem(ctx.db, input)
          : await updateItem(ctx.db, { ...input, id: input.id });
      if (!item) throw notFound(input.id === undefined ? "category" : "item or category");
      return item;
    }),

  /** Past orders keep their snapshot of the item. */
  deleteItem: ownerProcedure
    .meta({ summary: "Deletes a menu item.", errors: ["NOT_FOUND"] })
    .input(deleteItemInput)
    .mutation(async ({ ctx, input }) => {
      const deleted = await deleteItem(ctx.db, {
        restaurantId: input.restaurantId,
        id: input.itemId,
      });
      if (!deleted) throw notFound("item");
      return { ok: true as const };
    }),

  /** Portions left (null = unlimited). Owners only: stock is planning, not service. */
  setStock: ownerProcedure
    .meta({ summary: "Sets an item's stock count (or unlimited).", errors: ["NOT_FOUND"] })
    .input(setStockInput)
    .mutation(async ({ ctx, input }) => {
      const item = await setItemAvailability(
        ctx.db,
        { restaurantId: input.restaurantId, id: input.itemId },
        { stock: input.stock },
      );
      if (!item) throw notFound("item");
      return item;
    }),

  /** Staff may do this during service: the kitchen ran out. */
  setSoldOut: restaurantProcedure("staff")
    .meta({ summary: "Marks an item sold out or back in stock.", errors: ["NOT_FOUND"] })
    .input(setSoldOutInput)
    .mutation(async ({ ctx, input }) => {
      const item = await setItemAvailability(
        ctx.db,
        { restaurantId: input.restaurantId, id: input.itemId },
        { soldOut: input.soldOut },
      );
      if (!item) throw notFound("item");
      return item;
    }),

  /**
   * Creates or edits a group and replaces its options atomically: listed ids are kept (past
   * orders link to them), missing ones deleted, ones without id added.
   */
  upsertOptionGroup: ownerProcedure
    .meta({ summary: "Creates or edits an item's option group.", errors: ["NOT_FOUND"] })
    .input(upsertOptionGroupInput)
    .mutation(async ({ ctx, input }) => {
      const result = await upsertOptionGroup(ctx.db, input);
      if (result.ok) return result.group;
      if (result.reason === "not-found") {
        throw notFound(input.id === undefined ? "item" : "option group on that item");
      }
      throw invalid(`options.${result.index}.id`, "That option is not one of this group's.");
    }),

  deleteOptionGroup: ownerProcedure
    .meta({ summary: "Deletes an option group.", errors: ["NOT_FOUND"] })
    .input(deleteOptionGroupInput)
    .mutation(async ({ ctx, input }) => {
      const deleted = await deleteOptionGroup(ctx.db, {
        restaurantId: input.restaurantId,
        id: input.optionGroupId,
      });
      if (!deleted) throw notFound("option group");
      return { ok: true as const };
    }),

  /** Sets the order of all categories, or of all items of one category, in one statement. */
  reorder: ownerProcedure
    .meta({ summary: "Reorders categories or items.", errors: ["NOT_FOUND"] })
    .input(reorderInput)
    .mutation(async ({ ctx, input }) => {
      const result = await reorderMenu(ctx.db, input, input.ids);
      if (result.ok) return { ok: true as const };
      if (result.reason === "not-found") throw notFound("category");
      const list = input.kind === "categories" ? "the restaurant's categories" : "its items";
      const problems = [
        result.missing.length > 0 ? `${result.missing.length} missing` : null,
        result.unknown.length > 0 ? `${result.unknown.length} not in this list` : null,
      ].filter((p) => p !== null);
      throw invalid("ids", `List exactly ${list}, each once (${problems.join(", ")}).`);
    }),
});
