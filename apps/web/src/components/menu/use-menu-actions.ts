"use client";

import { useMutation } from "@tanstack/react-query";

import { useToast } from "~/components/toast/toast-provider";
import { apiProblem } from "~/lib/api-problem";
import { useTRPC } from "~/trpc/react";
import {
  withCategoryOrder,
  withItemOrder,
  withoutCategory,
  withoutGroup,
  withoutItem,
  withSoldOut,
} from "./menu-cache";
import { useMenuEditor } from "./menu-context";

/**
 * The editor's one-click changes (delete, reorder, sold out). Each folds its result into the
 * cached menu and says how it went in a toast; a refusal shows the API's own message (deleting
 * a category that still has items is a CONFLICT that says what to do).
 */
export function useMenuActions() {
  const trpc = useTRPC();
  const { restaurantId, patch } = useMenuEditor();
  const toast = useToast();
  const fail = (error: unknown) => {
    toast("danger", apiProblem(error).message);
  };

  const deleteCategory = useMutation(trpc.menu.deleteCategory.mutationOptions({ onError: fail }));
  const deleteItem = useMutation(trpc.menu.deleteItem.mutationOptions({ onError: fail }));
  const deleteGroup = useMutation(trpc.menu.deleteOptionGroup.mutationOptions({ onError: fail }));
  const setSoldOut = useMutation(trpc.menu.setSoldOut.mutationOptions({ onError: fail }));
  const reorder = useMutation(trpc.menu.reorder.mutationOptions({ onError: fail }));

  return {
    pending:
      deleteCategory.isPending ||
      deleteItem.isPending ||
      deleteGroup.isPending ||
      setSoldOut.isPending ||
      reorder.isPending,
    deleteCategory: (category: { id: string; name: string }) => {
      deleteCategory.mutate(
        { restaurantId, categoryId: category.id },
        {
          onSuccess: () => {
            patch((menu) => withoutCategory(menu, category.id));
            toast("success", `Deleted “${category.name}”.`);
          },
        },
      );
    },
    deleteItem: (item: { id: string; name: string }) => {
      deleteItem.mutate(
        { restaurantId, itemId: item.id },
        {
          onSuccess: () => {
            patch((menu) => withoutItem(menu, item.id));
            toast("success", `Deleted “${item.name}”.`);
          },
        },
      );
    },
    deleteGroup: (group: { id: string; name: string }) => {
      deleteGroup.mutate(
        { restaurantId, optionGroupId: group.id },
        {
          onSuccess: () => {
            patch((menu) => withoutGroup(menu, group.id));
            toast("success", `Deleted option group “${group.name}”.`);
          },
        },
      );
    },
    setSoldOut: (item: { id: string; name: string }, soldOut: boolean, onSettled: () => void) => {
      setSoldOut.mutate(
        { restaurantId, itemId: item.id, soldOut },
        {
          onSettled,
          onSuccess: (saved) => {
            patch((menu) => withSoldOut(menu, saved.id, saved.soldOut));
            toast("success", `${item.name} is ${saved.soldOut ? "sold out" : "back on the menu"}.`);
          },
        },
      );
    },
    reorderCategories: (ids: string[]) => {
      reorder.mutate(
        { restaurantId, kind: "categories", ids },
        {
          onSuccess: () => {
            patch((menu) => withCategoryOrder(menu, ids));
            toast("success", "Category order saved.");
          },
        },
      );
    },
    reorderItems: (categoryId: string, ids: string[]) => {
      reorder.mutate(
        { restaurantId, kind: "items", categoryId, ids },
        {
          onSuccess: () => {
            patch((menu) => withItemOrder(menu, categoryId, ids));
            toast("success", "Item order saved.");
          },
        },
      );
    },
  };
}
