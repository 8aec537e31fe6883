"use client";

import { Badge } from "@dishpatch/ui";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";

import { CursorPages, LoadMore } from "~/components/paging/cursor-pages";
import { formatMoney } from "~/lib/money";
import { isEnding, isFinal, statusLabels } from "~/lib/order-status";
import { formatZonedDateTime } from "~/lib/zoned-time";
import { useTRPC } from "~/trpc/react";
import type { OrderHistoryInput } from "./order-history-filter";

/** "#A1B2C3": the short number the kitchen and the order page call an order by. */
export function shortOrderNumber(orderId: string) {
  return `#${orderId.slice(-6).toUpperCase()}`;
}

/** A restaurant's orders, newest first, a page at a time; each row opens the order. */
export function RestaurantOrderHistory({ input }: { input: OrderHistoryInput }) {
  return (
    <section aria-label="Order history" className="flex flex-col gap-3">
      <CursorPages
        renderPage={(cursor, more) => <HistoryPage input={input} cursor={cursor} more={more} />}
      />
    </section>
  );
}

function HistoryPage({
  input,
  cursor,
  more,
}: {
  input: OrderHistoryInput;
  cursor: string | null;
  more: ((next: string) => void) | null;
}) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(
    trpc.merchant.history.queryOptions(cursor ? { ...input, cursor } : input),
  );
  if (!cursor && data.orders.length === 0) {
    return <p className="text-muted-foreground">No orders match this filter.</p>;
  }
  return (
    <>
      <ul className="flex flex-col gap-2">
        {data.orders.map((order) => {
          const number = shortOrderNumber(order.id);
          return (
            <li key={order.id}>
              <Link
                href={`/dashboard/${input.restaurantId}/orders/${order.id}`}
                className="grid grid-cols-[1fr_auto] items-center gap-x-4 gap-y-1 rounded-2xl border border-border bg-card p-4 text-card-foreground shadow-sm transition-colors hover:bg-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring sm:grid-cols-[7rem_1fr_auto_auto]"
                data-testid="history-order"
              >
                <span className="font-mono text-sm font-semibold">{number}</span>
                <span className="justify-self-end sm:order-last">
                  <Badge
                    tone={
                      isEnding(order.status)
                        ? "danger"
                        : isFinal(order.status)
                          ? "success"
                          : "neutral"
                    }
                  >
                    {statusLabels[order.status]}
                  </Badge>
                </span>
                <span className="min-w-0 text-sm">
                  <span className="block truncate font-medium">
                    {order.customerName ?? "Customer"}
                  </span>
                  {/* Date and kind on two lines on a phone, one line from sm. */}
                  <time
                    className="block text-muted-foreground sm:inline"
                    dateTime={order.placedAt.toISOString()}
                  >
                    {formatZonedDateTime(order.placedAt, data.timeZone)}
                  </time>
                  <span className="text-muted-foreground">
                    <span className="hidden sm:inline"> · </span>
                    {order.fulfillment === "delivery" ? "Delivery" : "Pickup"} · {order.itemCount}{" "}
                    {order.itemCount === 1 ? "item" : "items"}
                  </span>
                </span>
                <span className="flex flex-col items-end text-sm tabular-nums">
                  <span className="font-semibold">
                    {formatMoney(order.totals.total, order.totals.currency)}
                  </span>
                  {order.refunded > 0 ? (
                    <span className="text-muted-foreground">
                      {formatMoney(order.refunded, order.totals.currency)} refunded
                    </span>
                  ) : null}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <LoadMore nextCursor={data.nextCursor} more={more} label="Load more" />
    </>
  );
}
