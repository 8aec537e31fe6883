import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { authPageHref } from "~/auth/callback-url";
import { getViewer } from "~/auth/viewer";
import { CheckoutForm } from "~/components/checkout/checkout-form";
import { SiteHeader } from "~/components/site-header";
import { HydrateClient } from "~/trpc/server";

export const metadata: Metadata = { title: "Checkout", robots: { index: false } };

/** Placing an order needs an account: signed-out visitors sign in and come straight back. */
export default async function CheckoutPage() {
  const viewer = await getViewer().catch(() => null);
  if (!viewer) redirect(authPageHref("/sign-in", "/checkout"));
  return (
    <HydrateClient>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">Checkout</h1>
        <CheckoutForm />
      </main>
    </HydrateClient>
  );
}
