import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";

import { authPageHref } from "~/auth/callback-url";
import { getViewer } from "~/auth/viewer";
import { OrderView } from "~/components/order/order-view";
import { SiteHeader } from "~/components/site-header";
import { TextLink } from "~/components/text-link";
import { isTRPCErrorWithCode } from "~/lib/trpc-error";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Your order", robots: { index: false } };

interface Props {
  params: Promise<{ id: string }>;
}

/**
 * One order, read on the server and then kept live in the browser. Someone else's order is a
 * 404, except to an admin (who comes from /admin/orders) and the restaurant's staff.
 */
export default async function OrderPage({ params }: Props) {
  const { id } = await params;
  const viewer = await getViewer().catch(() => null);
  if (!viewer) redirect(authPageHref("/sign-in", `/orders/${encodeURIComponent(id)}`));
  try {
    await getQueryClient().query(trpc.order.byId.queryOptions({ orderId: id }));
  } catch (error) {
    if (isTRPCErrorWithCode(error, "NOT_FOUND", "BAD_REQUEST")) notFound();
    throw error;
  }
  return (
    <HydrateClient>
      <SiteHeader />
      <main id="main" className="mx-auto flex w-full max-w-3xl flex-col gap-4 px-4 py-8 sm:px-6">
        {viewer.role === "admin" ? (
          <TextLink href="/admin/orders" className="self-start text-sm">
            ← All orders
          </TextLink>
        ) : null}
        <OrderView orderId={id} viewerId={viewer.id} />
      </main>
    </HydrateClient>
  );
}
