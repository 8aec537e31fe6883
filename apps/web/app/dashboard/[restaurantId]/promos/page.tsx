import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@dishpatch/ui";

import { NotAllowed } from "~/components/not-allowed";
import { ownerMembership } from "~/auth/owner-restaurant";
import { OwnerPageHeader } from "~/components/owner/owner-page-header";
import { PromoCreateForm } from "~/components/owner/promo-create-form";
import { PromoList } from "~/components/owner/promo-list";
import { SiteHeader } from "~/components/site-header";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Promo codes" };

/** An owner's promo codes: what each gives, how often it was used, whether it works now. */
export default async function PromosPage({
  params,
}: {
  params: Promise<{ restaurantId: string }>;
}) {
  const { restaurantId } = await params;
  const membership = await ownerMembership(restaurantId, `/dashboard/${restaurantId}/promos`);
  if (!membership) {
    return (
      <>
        <SiteHeader />
        <NotAllowed what="this restaurant's promo codes (owners only)" />
      </>
    );
  }
  prefetch(trpc.promo.list.queryOptions({ restaurantId }));
  // Amounts and times are typed and shown in the restaurant's currency and time zone.
  const { currency, timeZone } = await getQueryClient().query(
    trpc.restaurant.settings.queryOptions({ restaurantId }),
  );

  return (
    <HydrateClient>
      <SiteHeader />
      <main
        id="main"
        className="mx-auto flex w-full max-w-5xl flex-col gap-6 px-4 py-8 sm:px-6 sm:py-10"
      >
        <OwnerPageHeader
          restaurantId={restaurantId}
          restaurantName={membership.name}
          title="Promo codes"
        />
        <div className="grid items-start gap-6 lg:grid-cols-[1fr_22rem]">
          <Suspense fallback={<Skeleton className="h-64 w-full" />}>
            <PromoList restaurantId={restaurantId} currency={currency} timeZone={timeZone} />
          </Suspense>
          <PromoCreateForm restaurantId={restaurantId} currency={currency} timeZone={timeZone} />
        </div>
      </main>
    </HydrateClient>
  );
}
