"use client";

import { Button } from "@dishpatch/ui";
import { signIn } from "next-auth/react";
import { useState } from "react";

/** Starts the GitHub OAuth flow; GitHub sends the visitor back to `callbackUrl`. */
export function GitHubSignInButton({ callbackUrl }: { callbackUrl: string }) {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function start() {
    setPending(true);
    setFailed(false);
    try {
      // Resolves as the browser leaves for GitHub, so the button stays disabled meanwhile.
      await signIn("github", { redirectTo: callbackUrl });
    } catch {
      setPending(false);
      setFailed(true);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <Button
        variant="outline"
        size="lg"
        className="w-full"
        disabled={pending}
        onClick={() => void start()}
      >
        {pending ? "Redirecting to GitHub…" : "Continue with GitHub"}
      </Button>
      {failed ? (
        <p role="alert" className="text-sm font-medium text-danger-foreground">
          We couldn&apos;t reach GitHub sign-in. Please try again.
        </p>
      ) : null}
    </div>
  );
}
