import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@dishpatch/ui";

import { NotAllowed } from "~/components/not-allowed";
import { AddMemberForm } from "~/components/owner/add-member-form";
import { MemberList } from "~/components/owner/member-list";
import { ownerMembership } from "~/auth/owner-restaurant";
import { OwnerPageHeader } from "~/components/owner/owner-page-header";
import { SiteHeader } from "~/components/site-header";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Staff" };

/** An owner adds people to the restaurant by email, and removes them. */
export default async function StaffPage({ params }: { params: Promise<{ restaurantId: string }> }) {
  const { restaurantId } = await params;
  const membership = await ownerMembership(restaurantId, `/dashboard/${restaurantId}/staff`);
  if (!membership) {
    return (
      <>
        <SiteHeader />
        <NotAllowed what="this restaurant's staff (owners only)" />
      </>
    );
  }
  prefetch(trpc.restaurant.members.queryOptions({ restaurantId }));

  return (
    <HydrateClient>
      <SiteHeader />
      <main
        id="main"
        className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-8 sm:px-6 sm:py-10"
      >
        <OwnerPageHeader
          restaurantId={restaurantId}
          restaurantName={membership.name}
          title="Staff"
        />
        <AddMemberForm restaurantId={restaurantId} />
        <Suspense fallback={<Skeleton className="h-48 w-full" />}>
          <MemberList restaurantId={restaurantId} viewerId={membership.viewerId} />
        </Suspense>
      </main>
    </HydrateClient>
  );
}
