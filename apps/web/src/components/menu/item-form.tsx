"use client";

import type { MenuItem } from "~/lib/item-choices";
import { Button, Label } from "@dishpatch/ui";
import { upsertItemInput } from "@dishpatch/validators";
import { useMutation } from "@tanstack/react-query";
import { useId } from "react";

import { ClientForm } from "~/components/form/client-form";
import { FormAlert } from "~/components/form/form-alert";
import { TextAreaField } from "~/components/form/text-area-field";
import { TextField } from "~/components/form/text-field";
import { useManagedForm } from "~/components/form/use-managed-form";
import { useToast } from "~/components/toast/toast-provider";
import { formText, zodFieldMessages } from "~/lib/form";
import { amountHint, decimalFromMinor, minorFromDecimal } from "~/lib/money-input";
import { useTRPC } from "~/trpc/react";
import { showApiProblem } from "./api-problem-to-form";
import { withItem } from "./menu-cache";
import { useMenu, useMenuEditor } from "./menu-context";

const fields = ["name", "description", "price", "stock", "categoryId"] as const;

interface Props {
  categoryId: string;
  /** Absent: adds an item to the category. */
  item?: MenuItem;
  onDone: () => void;
}

/**
 * An item's name, description, price (typed as a decimal in the restaurant's currency, sent in
 * minor units), stock (empty = unlimited) and sold-out flag; editing also moves it between
 * categories.
 */
export function ItemForm({ categoryId, item, onDone }: Props) {
  const trpc = useTRPC();
  const id = useId();
  const { restaurantId, currency, digits, patch } = useMenuEditor();
  const menu = useMenu();
  const toast = useToast();
  const upsert = useMutation(trpc.menu.upsertItem.mutationOptions());
  const { pending, errors, alert, showProblem, clearProblems, formProps } = useManagedForm(fields, {
    clearAlertOnEdit: true,
  });

  async function submit(form: HTMLFormElement): Promise<boolean> {
    const data = new FormData(form);
    const priceText = formText(data, "price");
    const stockText = formText(data, "stock").trim();
    const price = minorFromDecimal(priceText, digits);
    // Empty means unlimited; anything else must be a whole count.
    const stock =
      stockText === "" ? null : /^\d+$/.test(stockText) ? Number(stockText) : Number.NaN;
    const parsed = upsertItemInput.safeParse({
      restaurantId,
      ...(item ? { id: item.id } : {}),
      categoryId: formText(data, "categoryId") || categoryId,
      name: formText(data, "name"),
      description: formText(data, "description"),
      price: price ?? Number.NaN,
      stock,
      soldOut: data.get("soldOut") === "on",
    });
    const messages = parsed.success ? {} : zodFieldMessages(parsed.error, fields);
    // The typed text is what was wrong, not the NaN standing in for it.
    if (price === null) messages.price = amountHint(digits);
    if (stock !== null && Number.isNaN(stock)) {
      messages.stock = "Enter a whole number, or leave it empty";
    }
    if (!parsed.success || price === null) {
      showProblem(messages);
      return false;
    }
    clearProblems();
    try {
      const saved = await upsert.mutateAsync(parsed.data);
      patch((current) => withItem(current, saved));
      toast("success", item ? `Saved “${saved.name}”.` : `Added “${saved.name}”.`);
      onDone();
    } catch (error) {
      showApiProblem(error, fields, showProblem);
    }
    return false;
  }

  return (
    <ClientForm
      {...formProps(submit)}
      aria-label={item ? `Edit ${item.name}` : "Add an item"}
      className="flex flex-col gap-4 rounded-xl border border-border bg-background p-4"
    >
      <FormAlert alert={alert} />
      <TextField
        name="name"
        label="Item name"
        defaultValue={item?.name}
        maxLength={80}
        required
        error={errors.name}
      />
      <TextAreaField
        name="description"
        label="Description (optional)"
        rows={2}
        maxLength={500}
        defaultValue={item?.description}
        error={errors.description}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="price"
          label={`Price (${currency})`}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={item ? decimalFromMinor(item.price, digits) : ""}
          placeholder={decimalFromMinor(0, digits)}
          required
          error={errors.price}
        />
        <TextField
          name="stock"
          label="Stock (optional)"
          inputMode="numeric"
          autoComplete="off"
          hint="Empty: unlimited."
          defaultValue={item?.stock ?? ""}
          error={errors.stock}
        />
      </div>
      {item ? (
        <div className="flex flex-col gap-2">
          <Label htmlFor={`${id}-category`}>Category</Label>
          <select
            id={`${id}-category`}
            name="categoryId"
            defaultValue={categoryId}
            className="h-11 rounded-lg border border-border bg-background px-3 text-base focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring"
          >
            {menu.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="soldOut"
          defaultChecked={item?.soldOut ?? false}
          className="size-5 accent-primary focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
        />
        Sold out
      </label>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : item ? "Save item" : "Add item"}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </ClientForm>
  );
}
