"use client";

import { Badge, Card } from "@dishpatch/ui";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";

import { formatMoney } from "~/lib/money";
import { isEnding, statusLabels } from "~/lib/order-status";
import { useTRPC } from "~/trpc/react";
import type { AdminOrdersInput } from "./admin-filters";
import { CursorPages, LoadMore } from "~/components/paging/cursor-pages";

const timeFormat = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** Every order matching the filters, newest first, a page at a time. */
export function OrderList({ input }: { input: AdminOrdersInput }) {
  return (
    <section aria-label="Orders" className="flex flex-col gap-3" data-testid="admin-orders">
      <CursorPages
        renderPage={(cursor, more) => <OrderPage input={input} cursor={cursor} more={more} />}
      />
    </section>
  );
}

function OrderPage({
  input,
  cursor,
  more,
}: {
  input: AdminOrdersInput;
  cursor: string | null;
  more: ((next: string) => void) | null;
}) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(
    trpc.admin.orders.queryOptions(cursor ? { ...input, cursor } : input),
  );
  if (!cursor && data.items.length === 0) {
    return <p className="text-muted-foreground">No orders match these filters.</p>;
  }
  return (
    <>
      <ul className="flex flex-col gap-2">
        {data.items.map((order) => (
          <li key={order.id}>
            <Card
              className="relative grid gap-1 p-4 transition-colors hover:bg-muted/50 has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-ring sm:grid-cols-[1fr_auto] sm:items-center sm:gap-4"
              data-testid="admin-order"
            >
              <div className="flex min-w-0 flex-col gap-1">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="font-semibold">
                    {/* The whole card is the link's target (after:inset-0); the name labels it. */}
                    <Link
                      href={`/orders/${order.id}`}
                      className="outline-none after:absolute after:inset-0 after:rounded-2xl"
                    >
                      {order.restaurant.name}
                      <span className="sr-only">
                        {" "}
                        order {timeFormat.format(order.createdAt)} UTC, {order.customer.email}
                      </span>
                    </Link>
                  </h2>
                  <Badge tone={isEnding(order.status) ? "danger" : "neutral"}>
                    {statusLabels[order.status]}
                  </Badge>
                </div>
                <p className="text-sm break-words text-muted-foreground">
                  {order.customer.email} · {order.fulfillment} · {order.itemCount}{" "}
                  {order.itemCount === 1 ? "item" : "items"}
                </p>
                <p className="font-mono text-xs break-all text-muted-foreground">{order.id}</p>
              </div>
              <div className="flex items-baseline justify-between gap-3 sm:flex-col sm:items-end">
                <span className="font-semibold tabular-nums">
                  {formatMoney(order.total, order.currency)}
                </span>
                <time
                  className="text-sm text-muted-foreground"
                  dateTime={order.createdAt.toISOString()}
                >
                  {timeFormat.format(order.createdAt)} UTC
                </time>
              </div>
            </Card>
          </li>
        ))}
      </ul>
      <LoadMore nextCursor={data.nextCursor} more={more} label="More orders" />
    </>
  );
}
