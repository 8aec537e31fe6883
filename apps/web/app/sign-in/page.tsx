import type { Metadata } from "next";
import { githubEnabled } from "@dishpatch/auth";
import { redirect } from "next/navigation";

import type { SearchParams } from "~/auth/search-params";
import { authPageHref, safeCallbackUrl } from "~/auth/callback-url";
import { firstParam, requestedCallbackUrl } from "~/auth/search-params";
import { redirectErrorMessage } from "~/auth/sign-in-messages";
import { getViewer } from "~/auth/viewer";
import { AuthPageLayout, OrDivider } from "~/components/auth/auth-page-layout";
import { GitHubSignInButton } from "~/components/auth/github-sign-in-button";
import { SignInForm } from "~/components/auth/sign-in-form";
import { TextLink } from "~/components/text-link";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(requestedCallbackUrl(params));
  // Already signed in: nothing to do here.
  if (await getViewer()) redirect(callbackUrl);
  const initialError = redirectErrorMessage(
    firstParam(params, "error"),
    firstParam(params, "code"),
  );

  return (
    <AuthPageLayout
      title="Sign in"
      description="Welcome back. Sign in to order and track your deliveries."
      footer={
        <>
          New to Dishpatch?{" "}
          <TextLink href={authPageHref("/sign-up", callbackUrl)}>Create an account</TextLink>
        </>
      }
    >
      {githubEnabled ? (
        <>
          <GitHubSignInButton callbackUrl={callbackUrl} />
          <OrDivider />
        </>
      ) : null}
      <SignInForm
        // A new `?error=` (Auth.js redirecting here again) starts a fresh form showing it.
        key={initialError ?? ""}
        callbackUrl={callbackUrl}
        initialError={initialError}
      />
    </AuthPageLayout>
  );
}
