"use client";

import { Badge, Card, CardContent, CardDescription, CardHeader, CardTitle } from "@dishpatch/ui";
import { useSuspenseQuery } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react";
import { MembershipsList } from "./memberships-list";
import { ProfileNameForm } from "./profile-name-form";

const roleLabels = { customer: "Customer", admin: "Administrator" } as const;

/** Name (editable), email, role and restaurants, from the `auth.me` the page prefetched. */
export function ProfileSection() {
  const trpc = useTRPC();
  const { data: viewer } = useSuspenseQuery(trpc.auth.me.queryOptions());

  return (
    <Card aria-labelledby="profile-title">
      <CardHeader>
        <CardTitle id="profile-title">Profile</CardTitle>
        <CardDescription>How restaurants see you on your orders.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        {viewer ? (
          <>
            <ProfileNameForm name={viewer.name ?? ""} />
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="text-muted-foreground">Email</dt>
              <dd className="min-w-0 font-medium break-words" data-testid="account-email">
                {viewer.email}
              </dd>
              <dt className="text-muted-foreground">Role</dt>
              <dd>
                <Badge tone={viewer.role === "admin" ? "warning" : "neutral"}>
                  {roleLabels[viewer.role]}
                </Badge>
              </dd>
              <dt className="text-muted-foreground">Restaurants</dt>
              <dd>
                <MembershipsList memberships={viewer.memberships} />
              </dd>
            </dl>
          </>
        ) : (
          // The session ended while the page was open (e.g. signed out on another device).
          <p className="text-sm text-muted-foreground">You are signed out.</p>
        )}
      </CardContent>
    </Card>
  );
}
