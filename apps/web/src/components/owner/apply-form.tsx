"use client";

import { currencyCodes, currencyCodeSchema } from "@dishpatch/api/domain";
import { Button, FieldError, Label } from "@dishpatch/ui";
import { restaurantCreateInput } from "@dishpatch/validators";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { ClientForm } from "~/components/form/client-form";
import { FormAlert } from "~/components/form/form-alert";
import { SelectField } from "~/components/form/select-field";
import { TextField } from "~/components/form/text-field";
import { useManagedForm } from "~/components/form/use-managed-form";
import { apiProblem } from "~/lib/api-problem";
import {
  amountHint,
  currencyDigits,
  minorFromDecimal,
  parsePercentBasisPoints,
} from "~/lib/money-input";
import type { FieldMessages } from "~/lib/form";
import { formText, hasMessages, serverFieldMessages, zodFieldMessages } from "~/lib/form";
import { suggestSlug } from "~/lib/slug";
import { useTRPC } from "~/trpc/react";
import { ApplyMoneyFields } from "./apply-money-fields";
import { useTimeZones } from "./use-time-zones";

const fields = [
  "name",
  "slug",
  "cuisine",
  "description",
  "currency",
  "timeZone",
  "taxRateBasisPoints",
  "deliveryFee",
  "minimumOrder",
] as const;
type Field = (typeof fields)[number];

const area =
  "w-full rounded-lg border border-border bg-background px-3 py-2 text-base shadow-xs focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring aria-invalid:border-danger";

/** The shared schema, with the currency narrowed to the ones the API prices in. */
const applicationSchema = restaurantCreateInput.extend({
  currency: currencyCodeSchema,
});

/** Reads the form into the API's input; amounts typed as decimals become minor units. */
function readApplication(form: HTMLFormElement) {
  const data = new FormData(form);
  const currency = formText(data, "currency");
  const digits = currencyDigits(currency);
  const problems: FieldMessages<Field> = {};
  const amount = (field: "deliveryFee" | "minimumOrder") => {
    const text = formText(data, field);
    if (text.trim() === "") return 0;
    const value = minorFromDecimal(text, digits);
    if (value === null) problems[field] = amountHint(digits);
    return value ?? 0;
  };
  const taxText = formText(data, "taxRateBasisPoints");
  const taxRate = taxText.trim() === "" ? 0 : parsePercentBasisPoints(taxText);
  if (taxRate === null) problems.taxRateBasisPoints = "Enter a percentage like 8.25";
  const values = {
    name: formText(data, "name"),
    slug: formText(data, "slug"),
    cuisine: formText(data, "cuisine"),
    description: formText(data, "description"),
    currency,
    timeZone: formText(data, "timeZone"),
    taxRateBasisPoints: taxRate ?? 0,
    deliveryFee: amount("deliveryFee"),
    minimumOrder: amount("minimumOrder"),
  };
  return { values, problems };
}

/** Files an application to open a restaurant; it waits as "Awaiting approval" for an admin. */
export function ApplyForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const create = useMutation(trpc.restaurant.create.mutationOptions());
  const { pending, errors, alert, showProblem, clearProblems, formProps } = useManagedForm(fields);
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  // The slug follows the name until the person edits it themselves.
  const [slugEdited, setSlugEdited] = useState(false);
  const [currency, setCurrency] = useState("USD");
  const { zones, guess } = useTimeZones();
  // The browser's own zone until the person types another (known only after hydration).
  const [typedZone, setTypedZone] = useState<string | null>(null);
  const id = useId();

  async function submit(form: HTMLFormElement): Promise<boolean> {
    const { values, problems } = readApplication(form);
    const parsed = applicationSchema.safeParse(values);
    const messages = {
      ...(parsed.success ? {} : zodFieldMessages(parsed.error, fields)),
      ...problems,
    };
    if (!parsed.success || hasMessages(messages)) {
      showProblem(messages);
      return false;
    }
    clearProblems();
    try {
      await create.mutateAsync(parsed.data);
    } catch (error) {
      const problem = apiProblem(error);
      const fieldMessages = serverFieldMessages(problem.fieldErrors, fields);
      if (hasMessages(fieldMessages)) showProblem(fieldMessages);
      else showProblem({}, { tone: "danger", text: problem.message });
      return false;
    }
    await Promise.all([
      queryClient.invalidateQueries(trpc.restaurant.mine.queryFilter()),
      queryClient.invalidateQueries(trpc.auth.me.queryFilter()),
    ]);
    router.push(`/dashboard?applied=${encodeURIComponent(parsed.data.slug)}`);
    return true;
  }

  return (
    <ClientForm
      {...formProps(submit)}
      aria-label="Restaurant application"
      className="flex flex-col gap-5"
    >
      <FormAlert alert={alert} />
      <TextField
        name="name"
        label="Restaurant name"
        required
        maxLength={80}
        autoComplete="organization"
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          if (!slugEdited) setSlug(suggestSlug(event.target.value));
        }}
        error={errors.name}
      />
      <TextField
        name="slug"
        label="Web address"
        hint={`dishpatch.dev/r/${slug || "your-restaurant"} — lower-case letters, digits and dashes`}
        required
        maxLength={60}
        autoCapitalize="none"
        spellCheck={false}
        value={slug}
        onChange={(event) => {
          setSlugEdited(true);
          setSlug(event.target.value);
        }}
        error={errors.slug}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          name="cuisine"
          label="Cuisine"
          placeholder="Italian, Thai, Burgers…"
          maxLength={40}
          error={errors.cuisine}
        />
        <SelectField
          name="currency"
          label="Currency"
          value={currency}
          onChange={(event) => {
            setCurrency(event.target.value);
          }}
          error={errors.currency}
        >
          {currencyCodes.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        name="timeZone"
        label="Time zone"
        hint="Opening hours and reports use it, e.g. Europe/Rome"
        required
        list={`${id}-zones`}
        autoCapitalize="none"
        spellCheck={false}
        value={typedZone ?? guess}
        onChange={(event) => {
          setTypedZone(event.target.value);
        }}
        error={errors.timeZone}
      />
      <datalist id={`${id}-zones`}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <ApplyMoneyFields currency={currency} errors={errors} />
      <div className="flex flex-col gap-2">
        <Label htmlFor={`${id}-description`}>Description (optional)</Label>
        <textarea
          id={`${id}-description`}
          name="description"
          rows={3}
          maxLength={1000}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? `${id}-description-error` : undefined}
          className={area}
        />
        <FieldError id={`${id}-description-error`}>{errors.description}</FieldError>
      </div>
      <Button type="submit" size="lg" disabled={pending} className="self-start">
        {pending ? "Sending application…" : "Apply"}
      </Button>
    </ClientForm>
  );
}
