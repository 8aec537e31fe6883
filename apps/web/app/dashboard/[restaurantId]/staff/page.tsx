import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@dishpatch/ui";

import { ownerMembership } from "~/auth/owner-restaurant";
import { AddMemberForm } from "~/components/owner/add-member-form";
import { MemberList } from "~/components/owner/member-list";
import { OwnerPage, OwnerPageRefused } from "~/components/owner/owner-page";
import { prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Staff" };

/** An owner adds people to the restaurant by email, and removes them. */
export default async function StaffPage({ params }: { params: Promise<{ restaurantId: string }> }) {
  const { restaurantId } = await params;
  const membership = await ownerMembership(restaurantId, `/dashboard/${restaurantId}/staff`);
  if (!membership) return <OwnerPageRefused what="this restaurant's staff" />;
  prefetch(trpc.restaurant.members.queryOptions({ restaurantId }));

  return (
    <OwnerPage
      restaurantId={restaurantId}
      restaurantName={membership.name}
      title="Staff"
      width="medium"
    >
      <AddMemberForm restaurantId={restaurantId} />
      <Suspense fallback={<Skeleton className="h-48 w-full" />}>
        <MemberList restaurantId={restaurantId} viewerId={membership.viewerId} />
      </Suspense>
    </OwnerPage>
  );
}
