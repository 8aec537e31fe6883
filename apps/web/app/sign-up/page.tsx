import type { Metadata } from "next";
import { redirect } from "next/navigation";

import type { SearchParams } from "~/auth/search-params";
import { authPageHref, safeCallbackUrl } from "~/auth/callback-url";
import { requestedCallbackUrl } from "~/auth/search-params";
import { getViewer } from "~/auth/viewer";
import { AuthPageLayout } from "~/components/auth/auth-page-layout";
import { SignUpForm } from "~/components/auth/sign-up-form";
import { TextLink } from "~/components/text-link";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const callbackUrl = safeCallbackUrl(requestedCallbackUrl(await searchParams));
  if (await getViewer()) redirect(callbackUrl);

  return (
    <AuthPageLayout
      title="Create your account"
      description="Order from local restaurants and follow every delivery."
      footer={
        <>
          Already have an account?{" "}
          <TextLink href={authPageHref("/sign-in", callbackUrl)}>Sign in</TextLink>
        </>
      }
    >
      <SignUpForm callbackUrl={callbackUrl} />
    </AuthPageLayout>
  );
}
