import type { OrderDetail } from "~/lib/order-status";
import { formatMoney } from "~/lib/money";

/** What was ordered, at the prices snapshotted when it was placed, and the totals. */
export function OrderItems({ order }: { order: OrderDetail }) {
  const { totals } = order;
  const money = (amount: number) => formatMoney(amount, totals.currency);
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col divide-y divide-border" aria-label="Items">
        {order.items.map((item) => (
          <li key={item.id} className="flex justify-between gap-3 py-2">
            <span className="min-w-0">
              <span className="font-medium">
                {item.quantity} × {item.name}
              </span>
              {item.options.length > 0 ? (
                <span className="block text-sm text-muted-foreground">
                  {item.options.map((o) => o.name).join(", ")}
                </span>
              ) : null}
            </span>
            <span className="shrink-0 tabular-nums">{money(item.lineTotal)}</span>
          </li>
        ))}
      </ul>
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted-foreground">Subtotal</dt>
        <dd className="text-right tabular-nums">{money(totals.subtotal)}</dd>
        {totals.discount > 0 ? (
          <>
            <dt className="text-muted-foreground">Discount</dt>
            <dd className="text-right tabular-nums">−{money(totals.discount)}</dd>
          </>
        ) : null}
        <dt className="text-muted-foreground">Tax</dt>
        <dd className="text-right tabular-nums">{money(totals.tax)}</dd>
        <dt className="text-muted-foreground">Delivery</dt>
        <dd className="text-right tabular-nums">{money(totals.deliveryFee)}</dd>
        {totals.tip > 0 ? (
          <>
            <dt className="text-muted-foreground">Tip</dt>
            <dd className="text-right tabular-nums">{money(totals.tip)}</dd>
          </>
        ) : null}
        {/* One row on the subgrid, so its rule runs unbroken across the column gap. */}
        <div className="col-span-2 mt-1 grid grid-cols-subgrid border-t border-border pt-2 font-semibold">
          <dt>Total</dt>
          <dd className="text-right tabular-nums">{money(totals.total)}</dd>
        </div>
        {order.ledger.refunds > 0 ? (
          <>
            <dt className="text-muted-foreground">Refunded</dt>
            <dd className="text-right tabular-nums">{money(order.ledger.refunds)}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
