"use client";

import { Button } from "@dishpatch/ui";
import { upsertCategoryInput } from "@dishpatch/validators";
import { useMutation } from "@tanstack/react-query";

import { ClientForm } from "~/components/form/client-form";
import { FormAlert } from "~/components/form/form-alert";
import { TextField } from "~/components/form/text-field";
import { useManagedForm } from "~/components/form/use-managed-form";
import { useToast } from "~/components/toast/toast-provider";
import { formText, zodFieldMessages } from "~/lib/form";
import { useTRPC } from "~/trpc/react";
import { showApiProblem } from "./api-problem-to-form";
import { withCategory } from "./menu-cache";
import { useMenuEditor } from "./menu-context";

const fields = ["name"] as const;

interface Props {
  /** Absent: adds a category. */
  category?: { id: string; name: string };
  onDone?: () => void;
}

/** Adds a category, or renames one. */
export function CategoryNameForm({ category, onDone }: Props) {
  const trpc = useTRPC();
  const { restaurantId, patch } = useMenuEditor();
  const toast = useToast();
  const upsert = useMutation(trpc.menu.upsertCategory.mutationOptions());
  const { pending, errors, alert, showProblem, clearProblems, formProps } = useManagedForm(fields, {
    clearAlertOnEdit: true,
  });

  async function submit(form: HTMLFormElement): Promise<boolean> {
    const parsed = upsertCategoryInput.safeParse({
      restaurantId,
      ...(category ? { id: category.id } : {}),
      name: formText(new FormData(form), "name"),
    });
    if (!parsed.success) {
      showProblem(zodFieldMessages(parsed.error, fields));
      return false;
    }
    clearProblems();
    try {
      const saved = await upsert.mutateAsync(parsed.data);
      patch((menu) => withCategory(menu, saved));
      toast("success", category ? `Renamed to “${saved.name}”.` : `Added “${saved.name}”.`);
      if (!category) form.reset();
      onDone?.();
    } catch (error) {
      showApiProblem(error, fields, showProblem);
    }
    return false;
  }

  return (
    <ClientForm
      {...formProps(submit)}
      aria-label={category ? `Rename ${category.name}` : "Add a category"}
      className="flex flex-col gap-3"
    >
      <FormAlert alert={alert} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex-1">
          <TextField
            name="name"
            label={category ? "Category name" : "New category"}
            placeholder={category ? undefined : "Desserts"}
            defaultValue={category?.name}
            maxLength={60}
            required
            error={errors.name}
          />
        </div>
        <div className="flex gap-2 sm:mt-7">
          <Button type="submit" disabled={pending} className="h-11">
            {pending ? "Saving…" : category ? "Save" : "Add category"}
          </Button>
          {onDone && category ? (
            <Button variant="ghost" className="h-11" onClick={onDone}>
              Cancel
            </Button>
          ) : null}
        </div>
      </div>
    </ClientForm>
  );
}
