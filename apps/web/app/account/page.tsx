import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { getViewer } from "~/auth/viewer";
import { ChangePasswordForm } from "~/components/account/change-password-form";
import { ProfileSection } from "~/components/account/profile-section";
import { SessionsSection } from "~/components/account/sessions-section";
import { SiteHeader } from "~/components/site-header";
import { HydrateClient } from "~/trpc/server";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  // Read on the server: a signed-out visitor is sent to sign in before anything renders.
  // The result is also in the query cache that HydrateClient hands to the client below.
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/account");

  return (
    <HydrateClient>
      <SiteHeader />
      <main
        id="main"
        className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 py-10 sm:px-6 sm:py-14"
      >
        <h1 className="text-3xl font-bold tracking-tight">Your account</h1>
        <ProfileSection />
        {viewer.hasPassword ? (
          <ChangePasswordForm />
        ) : (
          <p className="rounded-2xl border border-border bg-card p-6 text-sm text-muted-foreground">
            You sign in with GitHub, so this account has no password to change.
          </p>
        )}
        <SessionsSection />
      </main>
    </HydrateClient>
  );
}
