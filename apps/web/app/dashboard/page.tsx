import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert, Badge, buttonVariants, Card } from "@dishpatch/ui";

import { getViewer } from "~/auth/viewer";
import { SiteHeader } from "~/components/site-header";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Restaurant dashboard" };

const statusLabels = { active: "Live", pending: "Awaiting approval", suspended: "Suspended" };

/** The restaurants the signed-in person works for, each leading to its order queue. */
export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<{ applied?: string | string[] }>;
}) {
  const { applied } = await searchParams;
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/dashboard");
  const restaurants = await getQueryClient().query(trpc.restaurant.mine.queryOptions());

  return (
    <HydrateClient>
      <SiteHeader />
      <main
        id="main"
        className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-10 sm:px-6 sm:py-14"
      >
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-3xl font-bold tracking-tight">Your restaurants</h1>
          <Link
            href="/dashboard/apply"
            className={buttonVariants({ variant: "outline", size: "sm" })}
          >
            Open a restaurant
          </Link>
        </div>
        {applied ? (
          <Alert tone="success">
            Application sent. An admin reviews it; until then it shows as awaiting approval.
          </Alert>
        ) : null}
        {restaurants.length === 0 ? (
          <p className="text-muted-foreground">
            You are not a member of any restaurant. An owner can add you as staff, or you can open
            your own.
          </p>
        ) : (
          <ul className="flex flex-col gap-3" aria-label="Your restaurants">
            {restaurants.map((restaurant) => (
              <li key={restaurant.id}>
                <Card className="flex flex-wrap items-center justify-between gap-3 p-4">
                  <div className="flex flex-col gap-1">
                    <Link
                      href={`/dashboard/${restaurant.id}`}
                      className="text-lg font-semibold underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                    >
                      {restaurant.name}
                    </Link>
                    <p className="text-sm text-muted-foreground">
                      {restaurant.role === "owner" ? "Owner" : "Staff"}
                      {restaurant.acceptingOrders ? "" : " · ordering paused"}
                    </p>
                  </div>
                  <Badge tone={restaurant.status === "active" ? "success" : "warning"}>
                    {statusLabels[restaurant.status]}
                  </Badge>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </main>
    </HydrateClient>
  );
}
