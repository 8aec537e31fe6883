"use client";

import { Button } from "@dishpatch/ui";
import { restaurantUpdateInput } from "@dishpatch/validators";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";

import { ClientForm } from "~/components/form/client-form";
import { FormAlert } from "~/components/form/form-alert";
import { TextAreaField } from "~/components/form/text-area-field";
import { TextField } from "~/components/form/text-field";
import { useManagedForm } from "~/components/form/use-managed-form";
import { showApiProblem } from "~/components/menu/api-problem-to-form";
import { useEditableRestaurant } from "~/components/owner/use-editable-restaurant";
import { useToast } from "~/components/toast/toast-provider";
import { formText, zodFieldMessages } from "~/lib/form";
import {
  amountHint,
  currencyDigits,
  decimalFromMinor,
  minorFromDecimal,
  parsePercentBasisPoints,
} from "~/lib/money-input";
import { useTRPC } from "~/trpc/react";

const fields = [
  "name",
  "cuisine",
  "description",
  "deliveryFee",
  "minimumOrder",
  "taxRateBasisPoints",
  "timeZone",
] as const;
type Field = (typeof fields)[number];

/**
 * The restaurant's profile and delivery settings. Amounts are typed as decimals in the
 * restaurant's currency and the tax rate as a percentage; the API takes minor units and basis
 * points. Currency and web address stay as they are: diners' links and past orders rely on them.
 */
export function SettingsForm({ restaurantId }: { restaurantId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const toast = useToast();
  const { restaurant, reload } = useEditableRestaurant(restaurantId);
  const update = useMutation(trpc.restaurant.update.mutationOptions());
  const digits = currencyDigits(restaurant.currency);
  const { pending, errors, alert, showProblem, clearProblems, formProps } = useManagedForm(fields, {
    clearAlertOnEdit: true,
  });

  async function submit(form: HTMLFormElement): Promise<boolean> {
    const data = new FormData(form);
    const amounts = {
      deliveryFee: minorFromDecimal(formText(data, "deliveryFee"), digits),
      minimumOrder: minorFromDecimal(formText(data, "minimumOrder"), digits),
      taxRateBasisPoints: parsePercentBasisPoints(formText(data, "taxRateBasisPoints")),
    };
    const parsed = restaurantUpdateInput.safeParse({
      restaurantId,
      name: formText(data, "name"),
      cuisine: formText(data, "cuisine"),
      description: formText(data, "description"),
      timeZone: formText(data, "timeZone"),
      deliveryFee: amounts.deliveryFee ?? Number.NaN,
      minimumOrder: amounts.minimumOrder ?? Number.NaN,
      taxRateBasisPoints: amounts.taxRateBasisPoints ?? Number.NaN,
    });
    const messages = parsed.success ? {} : zodFieldMessages<Field>(parsed.error, fields);
    if (amounts.deliveryFee === null) messages.deliveryFee = amountHint(digits);
    if (amounts.minimumOrder === null) messages.minimumOrder = amountHint(digits);
    if (amounts.taxRateBasisPoints === null)
      messages.taxRateBasisPoints = "Enter a percentage with at most two decimals, like 8.88";
    if (!parsed.success || Object.values(amounts).includes(null)) {
      showProblem(messages);
      return false;
    }
    clearProblems();
    try {
      const {
        name,
        cuisine,
        description,
        timeZone,
        deliveryFee,
        minimumOrder,
        taxRateBasisPoints,
      } = parsed.data;
      await update.mutateAsync({
        restaurantId,
        name,
        cuisine,
        description,
        timeZone,
        deliveryFee,
        minimumOrder,
        taxRateBasisPoints,
      });
      await reload();
      await queryClient.invalidateQueries({ queryKey: trpc.restaurant.mine.queryKey() });
      // Server-rendered headings show the name: render them again.
      router.refresh();
      toast("success", "Settings saved.");
    } catch (error) {
      showApiProblem(error, fields, showProblem);
    }
    return false;
  }

  return (
    <ClientForm
      {...formProps(submit)}
      aria-label="Restaurant settings"
      className="flex flex-col gap-4"
    >
      <FormAlert alert={alert} />
      <TextField
        name="name"
        label="Name"
        defaultValue={restaurant.name}
        maxLength={80}
        required
        error={errors.name}
      />
      <TextField
        name="cuisine"
        label="Cuisine"
        defaultValue={restaurant.cuisine}
        maxLength={40}
        required
        error={errors.cuisine}
      />
      <TextAreaField
        name="description"
        label="Description"
        rows={3}
        maxLength={1000}
        defaultValue={restaurant.description}
        error={errors.description}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          name="deliveryFee"
          label={`Delivery fee (${restaurant.currency})`}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={decimalFromMinor(restaurant.deliveryFee, digits)}
          error={errors.deliveryFee}
        />
        <TextField
          name="minimumOrder"
          label={`Minimum order (${restaurant.currency})`}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={decimalFromMinor(restaurant.minimumOrder, digits)}
          error={errors.minimumOrder}
        />
        <TextField
          name="taxRateBasisPoints"
          label="Tax rate (%)"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={decimalFromMinor(restaurant.taxRateBasisPoints, 2)}
          error={errors.taxRateBasisPoints}
        />
      </div>
      <TextField
        name="timeZone"
        label="Time zone"
        defaultValue={restaurant.timeZone}
        hint="An IANA time zone, like Europe/Rome. Opening hours are read in it."
        maxLength={64}
        required
        autoComplete="off"
        spellCheck={false}
        error={errors.timeZone}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </ClientForm>
  );
}
