"use client";

import { Badge, Card } from "@dishpatch/ui";
import { useSuspenseQuery } from "@tanstack/react-query";

import { OrderItems } from "~/components/order/order-items";
import { statusLabels } from "~/lib/order-status";
import { formatZonedDateTime } from "~/lib/zoned-time";
import { useTRPC } from "~/trpc/react";
import { OwnerPageHeader } from "./owner-page-header";
import { PaymentLedger } from "./payment-ledger";
import { RefundForm } from "./refund-form";
import { shortOrderNumber } from "./restaurant-order-history";

/** An order as its restaurant sees it, with the ledger and (owners) the refund form. */
export function MerchantOrderDetail({
  restaurantId,
  restaurantName,
  orderId,
  isOwner,
}: {
  restaurantId: string;
  restaurantName: string;
  orderId: string;
  isOwner: boolean;
}) {
  const trpc = useTRPC();
  const { data: order } = useSuspenseQuery(trpc.order.byId.queryOptions({ orderId }));
  const { timeZone } = order.restaurant;

  return (
    <>
      <OwnerPageHeader
        restaurantId={restaurantId}
        restaurantName={restaurantName}
        title={`Order ${shortOrderNumber(order.id)}`}
      />
      <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
        <Badge tone="neutral">{statusLabels[order.status]}</Badge>
        <span>
          {order.customer.name ?? "Customer"} ·{" "}
          {order.fulfillment === "delivery" ? "Delivery" : "Pickup"} · placed{" "}
          {formatZonedDateTime(order.placedAt, timeZone)}
        </span>
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_22rem]">
        <Card className="p-4 sm:p-6">
          <OrderItems order={order} />
        </Card>
        <div className="flex flex-col gap-6">
          <PaymentLedger
            ledger={order.ledger}
            currency={order.totals.currency}
            timeZone={timeZone}
          />
          {isOwner ? (
            <RefundForm
              restaurantId={restaurantId}
              orderId={order.id}
              currency={order.totals.currency}
              balance={order.ledger.balance}
            />
          ) : (
            <p className="text-sm text-muted-foreground">Only owners can refund orders.</p>
          )}
        </div>
      </div>
    </>
  );
}
