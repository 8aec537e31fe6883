import type { OrderDetail } from "~/lib/order-status";
import { formatMoney } from "~/lib/money";
import { formatZonedDateTime } from "~/lib/zoned-time";

/** Every charge and refund of the order, and what is left to refund. */
export function PaymentLedger({
  ledger,
  currency,
  timeZone,
}: {
  ledger: OrderDetail["ledger"];
  currency: string;
  timeZone: string;
}) {
  const money = (amount: number) => formatMoney(amount, currency);
  return (
    <section
      aria-labelledby="ledger-title"
      className="flex flex-col gap-3 rounded-2xl border border-border bg-card p-4 sm:p-6"
    >
      <h2 id="ledger-title" className="text-lg font-semibold">
        Payments
      </h2>
      <ul className="flex flex-col gap-2 text-sm" aria-label="Ledger entries">
        {ledger.entries.map((entry) => (
          <li key={entry.id} className="flex justify-between gap-3" data-testid="ledger-entry">
            <span className="min-w-0">
              <span className="font-medium">{entry.kind === "charge" ? "Charge" : "Refund"}</span>
              <span className="block text-muted-foreground">
                {formatZonedDateTime(entry.createdAt, timeZone)}
                {entry.reason ? ` · ${entry.reason}` : ""}
              </span>
            </span>
            <span className="shrink-0 tabular-nums">
              {entry.kind === "refund" ? "−" : ""}
              {money(entry.amount)}
            </span>
          </li>
        ))}
      </ul>
      <p className="flex justify-between border-t border-border pt-2 font-semibold">
        <span>Refundable balance</span>
        <span className="tabular-nums" data-testid="refundable-balance">
          {money(ledger.balance)}
        </span>
      </p>
    </section>
  );
}
