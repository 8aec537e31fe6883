"use client";

import { Card } from "@dishpatch/ui";

import { ToastProvider } from "~/components/toast/toast-provider";
import { CategoryNameForm } from "./category-name-form";
import { CategorySection } from "./category-section";
import { moved } from "./menu-cache";
import { MenuEditorProvider, useMenu } from "./menu-context";
import { useMenuActions } from "./use-menu-actions";

/** The owner's menu editor: categories in menu order, each with its items, and a new category. */
export function MenuEditor({ restaurantId }: { restaurantId: string }) {
  return (
    <ToastProvider>
      <MenuEditorProvider restaurantId={restaurantId}>
        <Categories />
      </MenuEditorProvider>
    </ToastProvider>
  );
}

function Categories() {
  const menu = useMenu();
  const actions = useMenuActions();
  const ids = menu.categories.map((c) => c.id);
  return (
    <div className="flex flex-col gap-4">
      {menu.categories.length === 0 ? (
        <p className="text-muted-foreground">Your menu is empty. Start with a category.</p>
      ) : null}
      {menu.categories.map((category, index) => (
        <CategorySection
          key={category.id}
          category={category}
          isFirst={index === 0}
          isLast={index === menu.categories.length - 1}
          moving={actions.pending}
          onMove={(step) => {
            actions.reorderCategories(moved(ids, category.id, step));
          }}
        />
      ))}
      <Card className="p-4 sm:p-5">
        <CategoryNameForm />
      </Card>
    </div>
  );
}
