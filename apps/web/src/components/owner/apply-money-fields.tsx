import { TextField } from "~/components/form/text-field";
import { currencyDigits, decimalFromMinor } from "~/lib/money-input";

type MoneyField = "taxRateBasisPoints" | "deliveryFee" | "minimumOrder";

/** Tax rate (a percentage) and fees in the chosen currency; all optional, 0 when left empty. */
export function ApplyMoneyFields({
  currency,
  errors,
}: {
  currency: string;
  errors: Partial<Record<MoneyField, string>>;
}) {
  const money = {
    inputMode: "decimal" as const,
    placeholder: decimalFromMinor(0, currencyDigits(currency)),
  };
  return (
    <div className="grid gap-5 sm:grid-cols-3">
      <TextField
        name="taxRateBasisPoints"
        label="Tax rate (%)"
        inputMode="decimal"
        placeholder="0"
        error={errors.taxRateBasisPoints}
      />
      <TextField
        name="deliveryFee"
        label={`Delivery fee (${currency})`}
        {...money}
        error={errors.deliveryFee}
      />
      <TextField
        name="minimumOrder"
        label={`Minimum order (${currency})`}
        {...money}
        error={errors.minimumOrder}
      />
    </div>
  );
}
