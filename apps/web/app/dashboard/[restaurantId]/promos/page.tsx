import type { Metadata } from "next";
import { Suspense } from "react";
import { buttonVariants, Skeleton } from "@dishpatch/ui";

import { ownerMembership } from "~/auth/owner-restaurant";
import { OwnerPage, OwnerPageRefused } from "~/components/owner/owner-page";
import { PromoCreateForm } from "~/components/owner/promo-create-form";
import { PromoList } from "~/components/owner/promo-list";
import { getQueryClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Promo codes" };

/** An owner's promo codes: what each gives, how often it was used, whether it works now. */
export default async function PromosPage({
  params,
}: {
  params: Promise<{ restaurantId: string }>;
}) {
  const { restaurantId } = await params;
  const membership = await ownerMembership(restaurantId, `/dashboard/${restaurantId}/promos`);
  if (!membership) return <OwnerPageRefused what="this restaurant's promo codes" />;
  prefetch(trpc.promo.list.queryOptions({ restaurantId }));
  // Amounts and times are typed and shown in the restaurant's currency and time zone.
  const { currency, timeZone } = await getQueryClient().query(
    trpc.restaurant.settings.queryOptions({ restaurantId }),
  );

  return (
    <OwnerPage
      restaurantId={restaurantId}
      restaurantName={membership.name}
      title="Promo codes"
      width="wide"
    >
      {/* Below lg the form sits under the list, which can be long: a jump to it comes first
          (a link: it works before any script, and the next Tab starts in the form). */}
      <a
        href="#new-promo"
        className={`${buttonVariants()} self-start lg:hidden`}
        data-testid="jump-to-new-promo"
      >
        New promo code
      </a>
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_22rem]">
        <Suspense fallback={<Skeleton className="h-64 w-full" />}>
          <PromoList restaurantId={restaurantId} currency={currency} timeZone={timeZone} />
        </Suspense>
        <div id="new-promo" className="scroll-mt-6">
          <PromoCreateForm restaurantId={restaurantId} currency={currency} timeZone={timeZone} />
        </div>
      </div>
    </OwnerPage>
  );
}
