"use client";

import { Badge, Card } from "@dishpatch/ui";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";

import { formatClock, isEnding, isFinal, statusLabels } from "~/lib/order-status";
import { useTRPC } from "~/trpc/react";
import { CancelOrder } from "./cancel-order";
import { LiveStatus } from "./live-status";
import { OrderCustomer } from "./order-customer";
import { OrderItems } from "./order-items";
import { ReviewForm } from "./review-form";
import { StatusTimeline } from "./status-timeline";
import { useLiveOrder } from "./use-live-order";

/**
 * The order as prefetched with the page, then kept live by its event stream. Its customer may
 * cancel and review; anyone else allowed to see it (an admin, the restaurant's staff) reads it
 * with the customer named, and is offered neither.
 */
export function OrderView({ orderId, viewerId }: { orderId: string; viewerId: string }) {
  const trpc = useTRPC();
  const { data: order } = useSuspenseQuery(trpc.order.byId.queryOptions({ orderId }));
  const final = isFinal(order.status);
  const live = useLiveOrder(orderId, order.events.at(-1)?.id, final);
  const tz = order.restaurant.timeZone;
  const isCustomer = order.customer.id === viewerId;
  const canCancel =
    isCustomer &&
    order.availableTransitions.some((t) => t.to === "cancelled" && t.by === "customer");

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm text-muted-foreground">
          Order from{" "}
          <Link className="font-medium text-primary underline" href={`/r/${order.restaurant.slug}`}>
            {order.restaurant.name}
          </Link>{" "}
          · placed {formatClock(order.placedAt, tz)} ·{" "}
          {order.fulfillment === "delivery" ? "Delivery" : "Pickup"}
        </p>
        {isCustomer ? null : <OrderCustomer name={order.customer.name} />}
        <h1 className="flex flex-wrap items-center gap-3 text-3xl font-bold tracking-tight">
          {isCustomer ? "Your order" : "Order"}
          <Badge
            tone={isEnding(order.status) ? "danger" : final ? "success" : "warning"}
            data-testid="order-status"
            aria-live="polite"
          >
            {statusLabels[order.status]}
          </Badge>
        </h1>
        {order.estimatedReadyAt && !final ? (
          <p className="text-lg">
            Estimated ready at{" "}
            <strong className="tabular-nums">{formatClock(order.estimatedReadyAt, tz)}</strong>
          </p>
        ) : order.status === "placed" ? (
          <p className="text-muted-foreground">
            Waiting for the restaurant to accept {isCustomer ? "your" : "this"} order.
          </p>
        ) : null}
        <LiveStatus live={live} />
      </header>
      <Card className="p-5">
        <h2 className="mb-4 text-lg font-bold tracking-tight">Progress</h2>
        <StatusTimeline order={order} />
        {canCancel ? (
          <div className="mt-2 border-t border-border pt-4">
            <CancelOrder orderId={order.id} />
          </div>
        ) : null}
      </Card>
      {order.status === "delivered" || order.status === "picked_up" ? (
        <Card className="p-5">
          <h2 className="mb-4 text-lg font-bold tracking-tight">
            {isCustomer ? "Your review" : "Review"}
          </h2>
          {order.review ? (
            <p data-testid="order-review">
              <span aria-label={`${order.review.rating} of 5 stars`}>
                {"★".repeat(order.review.rating)}
              </span>
              {order.review.comment ? ` — ${order.review.comment}` : null}
            </p>
          ) : isCustomer ? (
            <ReviewForm orderId={order.id} />
          ) : (
            <p className="text-muted-foreground">Not reviewed yet.</p>
          )}
        </Card>
      ) : null}
      <Card className="p-5">
        <h2 className="mb-2 text-lg font-bold tracking-tight">Items</h2>
        <OrderItems order={order} />
        {order.deliveryAddress ? (
          <p className="mt-4 text-sm">
            <span className="font-medium">Deliver to:</span> {order.deliveryAddress}
          </p>
        ) : null}
        {order.notes ? (
          <p className="mt-1 text-sm">
            <span className="font-medium">Notes:</span> {order.notes}
          </p>
        ) : null}
      </Card>
    </div>
  );
}
