"use client";

import type { OptionGroup } from "~/lib/item-choices";
import { Button } from "@dishpatch/ui";
import { MAX_OPTIONS_PER_GROUP, upsertOptionGroupInput } from "@dishpatch/validators";
import { useMutation } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";

import { ClientForm } from "~/components/form/client-form";
import { FormAlert } from "~/components/form/form-alert";
import { TextField } from "~/components/form/text-field";
import { useManagedForm } from "~/components/form/use-managed-form";
import { useToast } from "~/components/toast/toast-provider";
import { formText } from "~/lib/form";
import { zodPathMessages } from "~/lib/form-paths";
import { amountHint, decimalFromMinor, minorFromDecimal } from "~/lib/money-input";
import { useTRPC } from "~/trpc/react";
import { showApiProblem } from "./api-problem-to-form";
import { withGroup } from "./menu-cache";
import { useMenuEditor } from "./menu-context";

/** One option row; `key` keeps typed text with its row when another row is removed. */
interface Row {
  key: number;
  id?: string;
  name: string;
  priceDelta: string;
}

interface Props {
  itemId: string;
  /** Absent: adds a group to the item. */
  group?: OptionGroup;
  onDone: () => void;
}

/**
 * An option group ("Size: pick exactly 1") with its options and their price changes, which may
 * be negative ("No cheese −0.50"). Saving replaces the group's options as a whole.
 */
export function OptionGroupForm({ itemId, group, onDone }: Props) {
  const trpc = useTRPC();
  const { restaurantId, currency, digits, patch } = useMenuEditor();
  const toast = useToast();
  const upsert = useMutation(trpc.menu.upsertOptionGroup.mutationOptions());
  const initial = group?.options ?? [{ id: undefined, name: "", priceDelta: 0 }];
  const [rows, setRows] = useState<Row[]>(() =>
    initial.map((o, index) => ({
      key: index,
      ...(o.id ? { id: o.id } : {}),
      name: o.name,
      priceDelta: decimalFromMinor(o.priceDelta, digits),
    })),
  );
  /** Keys for added rows, read only in the click handler. */
  const nextKey = useRef(initial.length);
  const fields = useMemo(
    () => [
      "name",
      "minChoices",
      "maxChoices",
      "options",
      ...rows.flatMap((_, i) => [`options.${i}.name`, `options.${i}.priceDelta`]),
    ],
    [rows],
  );
  const { pending, errors, alert, showProblem, clearProblems, formProps } = useManagedForm(fields, {
    clearAlertOnEdit: true,
  });

  async function submit(form: HTMLFormElement): Promise<boolean> {
    const data = new FormData(form);
    const deltas = rows.map((_, i) =>
      minorFromDecimal(formText(data, `options.${i}.priceDelta`) || "0", digits, {
        allowNegative: true,
      }),
    );
    const parsed = upsertOptionGroupInput.safeParse({
      restaurantId,
      ...(group ? { id: group.id } : {}),
      itemId,
      name: formText(data, "name"),
      minChoices: Number(formText(data, "minChoices")),
      maxChoices: Number(formText(data, "maxChoices")),
      options: rows.map((row, i) => ({
        ...(row.id ? { id: row.id } : {}),
        name: formText(data, `options.${i}.name`),
        priceDelta: deltas[i] ?? Number.NaN,
      })),
    });
    const messages = parsed.success ? {} : zodPathMessages(parsed.error, fields);
    deltas.forEach((delta, i) => {
      if (delta === null) messages[`options.${i}.priceDelta`] = amountHint(digits);
    });
    if (!parsed.success || deltas.includes(null)) {
      showProblem(messages);
      return false;
    }
    clearProblems();
    try {
      const saved = await upsert.mutateAsync(parsed.data);
      patch((menu) => withGroup(menu, saved));
      toast("success", `Saved option group “${saved.name}”.`);
      onDone();
    } catch (error) {
      showApiProblem(error, fields, showProblem);
    }
    return false;
  }

  return (
    <ClientForm
      {...formProps(submit)}
      aria-label={group ? `Edit option group ${group.name}` : "Add an option group"}
      className="flex flex-col gap-4 rounded-xl border border-border bg-background p-4"
    >
      <FormAlert alert={alert} />
      <TextField
        name="name"
        label="Group name"
        placeholder="Size"
        defaultValue={group?.name}
        maxLength={60}
        required
        error={errors.name}
      />
      <div className="grid grid-cols-2 gap-4">
        <TextField
          name="minChoices"
          label="Min choices"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_OPTIONS_PER_GROUP}
          defaultValue={group?.minChoices ?? 0}
          hint="0: optional."
          error={errors.minChoices}
        />
        <TextField
          name="maxChoices"
          label="Max choices"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_OPTIONS_PER_GROUP}
          defaultValue={group?.maxChoices ?? 1}
          error={errors.maxChoices}
        />
      </div>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-sm font-medium">Options</legend>
        {rows.map((row, i) => (
          <div
            key={row.key}
            className="grid grid-cols-[minmax(0,1fr)_auto] items-start gap-2 sm:grid-cols-[minmax(0,1fr)_10rem_auto]"
            data-testid="option-row"
          >
            <div className="col-span-2 sm:col-span-1">
              <TextField
                name={`options.${i}.name`}
                label={`Option ${i + 1} name`}
                defaultValue={row.name}
                maxLength={60}
                error={errors[`options.${i}.name`]}
              />
            </div>
            <TextField
              name={`options.${i}.priceDelta`}
              label={`Price change (${currency})`}
              inputMode="decimal"
              autoComplete="off"
              defaultValue={row.priceDelta}
              error={errors[`options.${i}.priceDelta`]}
            />
            <Button
              variant="ghost"
              size="sm"
              // Level with the inputs, below their labels.
              className="mt-7 h-11"
              disabled={rows.length === 1}
              onClick={() => {
                setRows((current) => current.filter((r) => r.key !== row.key));
              }}
              aria-label={`Remove option ${i + 1}`}
            >
              Remove
            </Button>
          </div>
        ))}
        {errors.options ? (
          <p role="alert" className="text-sm font-medium text-danger-foreground">
            {errors.options}
          </p>
        ) : null}
        <Button
          variant="outline"
          size="sm"
          className="self-start"
          disabled={rows.length >= MAX_OPTIONS_PER_GROUP}
          onClick={() => {
            setRows((current) => [
              ...current,
              { key: nextKey.current++, name: "", priceDelta: decimalFromMinor(0, digits) },
            ]);
          }}
        >
          Add option
        </Button>
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save group"}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </ClientForm>
  );
}
