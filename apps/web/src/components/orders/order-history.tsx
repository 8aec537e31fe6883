"use client";

import { Badge, buttonVariants, Card } from "@dishpatch/ui";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";

import { MorePages } from "~/components/paging/more-pages";
import { usePagesAfter } from "~/components/paging/use-pages-after";
import { formatMoney } from "~/lib/money";
import { isEnding, statusLabels } from "~/lib/order-status";
import { useTRPC } from "~/trpc/react";
import { orderHistoryInput } from "./order-history-input";
import { ReorderButton } from "./reorder-button";

/** Past and current orders with "load more" (cursor pages) and reorder. */
export function OrderHistory() {
  const trpc = useTRPC();
  // The first page comes with the page (server prefetch); "load more" adds one page per cursor.
  const first = useSuspenseQuery(trpc.order.listMine.queryOptions(orderHistoryInput));
  const paging = usePagesAfter(first.data, (cursor) =>
    trpc.order.listMine.queryOptions({ ...orderHistoryInput, cursor }),
  );
  const orders = paging.pages.flatMap((page) => page.orders);
  if (orders.length === 0) {
    return (
      <div className="flex flex-col items-start gap-4">
        <p className="text-muted-foreground">You haven&apos;t ordered anything yet.</p>
        <Link href="/" className={buttonVariants()}>
          Find a restaurant
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col gap-3" aria-label="Orders">
        {orders.map((order) => (
          <li key={order.id}>
            <Card className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="flex min-w-0 flex-col gap-1">
                <Link
                  href={`/orders/${order.id}`}
                  className="font-semibold underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-ring"
                >
                  {order.restaurant.name}
                </Link>
                <p className="text-sm text-muted-foreground">
                  {order.placedAt.toISOString().slice(0, 10)} · {order.itemCount}{" "}
                  {order.itemCount === 1 ? "item" : "items"} ·{" "}
                  {formatMoney(order.totals.total, order.totals.currency)}
                </p>
              </div>
              <div className="flex items-center gap-2">
                <Badge tone={isEnding(order.status) ? "danger" : "neutral"}>
                  {statusLabels[order.status]}
                </Badge>
                <ReorderButton orderId={order.id} />
              </div>
            </Card>
          </li>
        ))}
      </ul>
      <MorePages paging={paging} label="Load more" failure="More orders could not be loaded." />
    </div>
  );
}
