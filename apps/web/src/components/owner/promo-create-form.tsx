"use client";

import { Button, Label } from "@dishpatch/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";

import { ClientForm } from "~/components/form/client-form";
import { FormAlert } from "~/components/form/form-alert";
import { TextField } from "~/components/form/text-field";
import { useManagedForm } from "~/components/form/use-managed-form";
import { apiProblem } from "~/lib/api-problem";
import { hasMessages } from "~/lib/form";
import { useTRPC } from "~/trpc/react";
import { promoFieldMessages, promoFormFields, readPromoForm } from "./promo-form-input";

/** Creates a promo code: percent or fixed off, with optional minimum, window and limits. */
export function PromoCreateForm(place: {
  restaurantId: string;
  currency: string;
  timeZone: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.promo.create.mutationOptions());
  const [kind, setKind] = useState<"percent" | "fixed">("percent");
  const id = useId();
  const { pending, errors, alert, setAlert, showProblem, clearProblems, formProps } =
    useManagedForm(promoFormFields, { clearAlertOnEdit: true });

  async function submit(form: HTMLFormElement): Promise<boolean> {
    const read = readPromoForm(form, place);
    if ("messages" in read) {
      showProblem(read.messages);
      return false;
    }
    clearProblems();
    try {
      const promo = await create.mutateAsync(read.input);
      await queryClient.invalidateQueries(
        trpc.promo.list.queryFilter({ restaurantId: place.restaurantId }),
      );
      form.reset();
      setKind("percent");
      setAlert({ tone: "success", text: `${promo.code} is ready to use.` });
    } catch (error) {
      const problem = apiProblem(error);
      const messages = promoFieldMessages(problem.fieldErrors);
      if (hasMessages(messages)) showProblem(messages);
      else showProblem({}, { tone: "danger", text: problem.message });
    }
    return false;
  }

  const optional = "(optional)";
  return (
    <section
      aria-labelledby="promo-create-title"
      className="flex flex-col gap-3 rounded-2xl border border-border bg-card p-4 sm:p-6"
    >
      <h2 id="promo-create-title" className="text-lg font-semibold">
        New promo code
      </h2>
      <ClientForm
        {...formProps(submit)}
        aria-labelledby="promo-create-title"
        className="flex flex-col gap-4"
      >
        <FormAlert alert={alert} />
        <TextField
          name="code"
          label="Code"
          required
          maxLength={32}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          hint="Letters, digits and dashes; customers type it in any case."
          error={errors.code}
        />
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-2 text-sm font-medium">Discount</legend>
          <div className="flex flex-wrap gap-4">
            {(["percent", "fixed"] as const).map((option) => (
              <div key={option} className="flex items-center gap-2">
                <input
                  type="radio"
                  id={`${id}-${option}`}
                  name="kind"
                  value={option}
                  checked={kind === option}
                  onChange={() => {
                    setKind(option);
                  }}
                  className="size-4 accent-primary"
                />
                <Label htmlFor={`${id}-${option}`}>
                  {option === "percent" ? "Percentage" : "Fixed amount"}
                </Label>
              </div>
            ))}
          </div>
        </fieldset>
        <TextField
          name="value"
          label={kind === "percent" ? "Percent off (%)" : `Amount off (${place.currency})`}
          inputMode="decimal"
          required
          error={errors.value}
        />
        <TextField
          name="minimumSubtotal"
          label={`Minimum subtotal (${place.currency}) ${optional}`}
          inputMode="decimal"
          error={errors.minimumSubtotal}
        />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
          <TextField
            name="startsAt"
            label={`Starts ${optional}`}
            type="datetime-local"
            error={errors.startsAt}
          />
          <TextField
            name="endsAt"
            label={`Ends ${optional}`}
            type="datetime-local"
            error={errors.endsAt}
          />
        </div>
        <p className="-mt-2 text-sm text-muted-foreground">Times are in {place.timeZone}.</p>
        <div className="grid grid-cols-2 gap-4">
          <TextField
            name="maxUses"
            label="Total uses"
            inputMode="numeric"
            placeholder="No limit"
            error={errors.maxUses}
          />
          <TextField
            name="maxUsesPerCustomer"
            label="Per customer"
            inputMode="numeric"
            placeholder="No limit"
            error={errors.maxUsesPerCustomer}
          />
        </div>
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Creating…" : "Create code"}
        </Button>
      </ClientForm>
    </section>
  );
}
