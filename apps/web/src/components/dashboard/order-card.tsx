import { Badge, Card, cn } from "@dishpatch/ui";

import { formatMoney } from "~/lib/money";
import { formatClock } from "~/lib/order-status";
import { AcceptCountdown } from "./accept-countdown";
import { OrderDetailsLink } from "~/components/owner/order-details-link";
import { OrderActions } from "./order-actions";
import type { QueueOrder } from "./order-status";

/** One ticket of the queue: what to cook, for whom, where it goes, and what to do next. */
export function OrderCard({
  order,
  restaurantId,
  timeZone,
  fresh,
}: {
  order: QueueOrder;
  restaurantId: string;
  /** The restaurant's zone: the kitchen's clock, and the same text on the server and in the browser. */
  timeZone: string;
  /** Arrived live since the page opened: highlighted until the next one lands. */
  fresh: boolean;
}) {
  const headingId = `order-${order.id}`;
  return (
    <Card
      aria-labelledby={headingId}
      data-testid="queue-order"
      data-order-id={order.id}
      className={cn(
        "flex flex-col gap-3 p-4 transition-shadow",
        fresh && "shadow-lg ring-2 ring-primary",
      )}
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex flex-col gap-0.5">
          <h4 id={headingId} className="font-semibold">
            {order.customerName ?? "Customer"} · #{order.id.slice(-6).toUpperCase()}
          </h4>
          <p className="text-xs text-muted-foreground">
            Placed {formatClock(order.placedAt, timeZone)}
            {order.estimatedReadyAt
              ? ` · ready by ${formatClock(order.estimatedReadyAt, timeZone)}`
              : null}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {fresh ? <Badge tone="warning">New</Badge> : null}
          <Badge tone={order.fulfillment === "delivery" ? "neutral" : "success"}>
            {order.fulfillment === "delivery" ? "Delivery" : "Pickup"}
          </Badge>
        </div>
      </header>
      {order.acceptDeadline ? (
        <p className="text-sm">
          <AcceptCountdown deadline={order.acceptDeadline} />
        </p>
      ) : null}
      <ul className="flex flex-col gap-1.5 text-sm" aria-label="Items">
        {order.items.map((item) => (
          <li key={item.id}>
            <span className="font-medium">
              {item.quantity} × {item.name}
            </span>
            {item.options.length > 0 ? (
              <span className="block text-muted-foreground">
                {item.options.map((option) => option.name).join(", ")}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {order.notes ? (
        <p className="rounded-lg bg-muted px-3 py-2 text-sm">
          <span className="font-medium">Note:</span> {order.notes}
        </p>
      ) : null}
      {order.fulfillment === "delivery" && order.deliveryAddress ? (
        <p className="text-sm">
          <span className="font-medium">Deliver to:</span> {order.deliveryAddress}
        </p>
      ) : null}
      <p className="flex flex-wrap items-center justify-between gap-2 text-sm font-semibold">
        Total {formatMoney(order.totals.total, order.totals.currency)}
        <OrderDetailsLink restaurantId={restaurantId} orderId={order.id} />
      </p>
      <OrderActions order={order} restaurantId={restaurantId} />
    </Card>
  );
}
