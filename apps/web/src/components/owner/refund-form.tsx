"use client";

import { Button } from "@dishpatch/ui";
import { MAX_ORDER_REASON_LENGTH, merchantRefundInput } from "@dishpatch/validators";
import { useMutation, useQueryClient } from "@tanstack/react-query";

import { ClientForm } from "~/components/form/client-form";
import { FormAlert } from "~/components/form/form-alert";
import { TextField } from "~/components/form/text-field";
import { useManagedForm } from "~/components/form/use-managed-form";
import { apiProblem } from "~/lib/api-problem";
import { currencyDigits, decimalFromMinor, minorFromDecimal } from "~/lib/money-input";
import { formText, hasMessages, serverFieldMessages, zodFieldMessages } from "~/lib/form";
import { formatMoney } from "~/lib/money";
import { useTRPC } from "~/trpc/react";

const fields = ["amount", "reason"] as const;

/**
 * A full or partial refund. The amount is a decimal in the order's currency and never above
 * the refundable balance (checked here for a quick answer; the API enforces it atomically).
 */
export function RefundForm({
  restaurantId,
  orderId,
  currency,
  balance,
}: {
  restaurantId: string;
  orderId: string;
  currency: string;
  balance: number;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refund = useMutation(trpc.merchant.refund.mutationOptions());
  const { pending, errors, alert, setAlert, showProblem, clearProblems, formProps } =
    useManagedForm(fields, { clearAlertOnEdit: true });
  const money = (amount: number) => formatMoney(amount, currency);
  const digits = currencyDigits(currency);

  async function submit(form: HTMLFormElement): Promise<boolean> {
    const data = new FormData(form);
    const amount = minorFromDecimal(formText(data, "amount"), digits);
    if (amount === null || amount === 0) {
      showProblem({
        amount: `Enter an amount in ${currency}, like ${decimalFromMinor(balance, digits)}`,
      });
      return false;
    }
    if (amount > balance) {
      showProblem({ amount: `At most ${money(balance)} can be refunded.` });
      return false;
    }
    const parsed = merchantRefundInput.safeParse({
      restaurantId,
      orderId,
      amount,
      reason: formText(data, "reason"),
    });
    if (!parsed.success) {
      showProblem(zodFieldMessages(parsed.error, fields));
      return false;
    }
    clearProblems();
    try {
      const result = await refund.mutateAsync(parsed.data);
      await queryClient.invalidateQueries(trpc.order.byId.queryFilter({ orderId }));
      form.reset();
      setAlert({
        tone: "success",
        text: `Refunded ${money(result.refunded)}. ${money(result.balance)} is left to refund.`,
      });
    } catch (error) {
      const problem = apiProblem(error);
      const messages = serverFieldMessages(problem.fieldErrors, fields);
      if (hasMessages(messages)) showProblem(messages);
      else if (problem.code === "CONFLICT") showProblem({ amount: problem.message });
      else showProblem({}, { tone: "danger", text: problem.message });
    }
    return false;
  }

  return (
    <section
      aria-labelledby="refund-title"
      className="flex flex-col gap-3 rounded-2xl border border-border bg-card p-4 sm:p-6"
    >
      <h2 id="refund-title" className="text-lg font-semibold">
        Refund
      </h2>
      {balance === 0 ? (
        <p className="text-sm text-muted-foreground">This order has been refunded in full.</p>
      ) : (
        <ClientForm
          {...formProps(submit)}
          aria-labelledby="refund-title"
          className="flex flex-col gap-4"
        >
          <FormAlert alert={alert} />
          <TextField
            name="amount"
            label={`Amount (${currency})`}
            inputMode="decimal"
            required
            hint={`Up to ${money(balance)}`}
            error={errors.amount}
          />
          <TextField
            name="reason"
            label="Reason"
            required
            maxLength={MAX_ORDER_REASON_LENGTH}
            hint="Kept with the refund in the payments ledger."
            error={errors.reason}
          />
          <Button type="submit" disabled={pending} className="self-start">
            {pending ? "Refunding…" : "Refund"}
          </Button>
        </ClientForm>
      )}
      {balance === 0 && alert ? <FormAlert alert={alert} /> : null}
    </section>
  );
}
