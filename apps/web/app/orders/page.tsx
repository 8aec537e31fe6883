import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { authPageHref } from "~/auth/callback-url";
import { getViewer } from "~/auth/viewer";
import { OrderHistory } from "~/components/orders/order-history";
import { orderHistoryInput } from "~/components/orders/order-history-input";
import { SiteHeader } from "~/components/site-header";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Your orders", robots: { index: false } };

/** The signed-in diner's orders, newest first; the first page is read on the server. */
export default async function OrdersPage() {
  const viewer = await getViewer().catch(() => null);
  if (!viewer) redirect(authPageHref("/sign-in", "/orders"));
  prefetch(trpc.order.listMine.queryOptions(orderHistoryInput));
  return (
    <HydrateClient>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
        <h1 className="mb-6 text-3xl font-bold tracking-tight">Your orders</h1>
        <OrderHistory />
      </main>
    </HydrateClient>
  );
}
