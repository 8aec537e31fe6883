"use client";

import { Button } from "@dishpatch/ui";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";

import { useAuthNavigation } from "~/auth/use-auth-navigation";
import { apiProblem } from "~/lib/api-problem";
import { useTRPC } from "~/trpc/react";

/**
 * Ends every session of the account, this one included, after a confirmation step
 * (it cannot be undone). Then goes to the sign-in page.
 */
export function SignOutEverywhere() {
  const trpc = useTRPC();
  const navigate = useAuthNavigation();
  const signOutEverywhere = useMutation(
    trpc.auth.signOutEverywhere.mutationOptions({
      onSuccess: () => {
        navigate("/sign-in");
      },
    }),
  );
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Keyboard and screen-reader users land on the button they need next.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) startRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  // Stays busy after success: the page is on its way to sign-in.
  const busy = signOutEverywhere.isPending || signOutEverywhere.isSuccess;

  if (!confirming) {
    return (
      <div className="flex flex-col items-start gap-2 border-t border-border pt-6">
        <Button
          ref={startRef}
          variant="outline"
          className="border-danger/50 text-danger-foreground hover:bg-danger/10"
          onClick={() => {
            setConfirming(true);
          }}
        >
          Sign out everywhere
        </Button>
        <p className="text-sm text-muted-foreground">
          Use this if you lost a device or signed in somewhere you shouldn&apos;t have.
        </p>
      </div>
    );
  }

  return (
    <div
      role="group"
      aria-labelledby="everywhere-title"
      aria-describedby="everywhere-description"
      className="flex flex-col gap-3 rounded-lg border border-danger/40 bg-danger/5 p-4"
    >
      <p id="everywhere-title" className="font-semibold">
        Sign out on every device?
      </p>
      <p id="everywhere-description" className="text-sm text-muted-foreground">
        Every browser and app signed in to this account, including this one, will have to sign in
        again.
      </p>
      {signOutEverywhere.isError ? (
        <p role="alert" className="text-sm font-medium text-danger-foreground">
          {apiProblem(signOutEverywhere.error).message}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button
          ref={confirmRef}
          className="bg-danger-foreground text-background hover:bg-danger-foreground/90"
          disabled={busy}
          onClick={() => {
            signOutEverywhere.mutate();
          }}
        >
          {busy ? "Signing out everywhere…" : "Yes, sign out everywhere"}
        </Button>
        <Button
          variant="ghost"
          disabled={busy}
          onClick={() => {
            setConfirming(false);
            signOutEverywhere.reset();
          }}
        >
          Cancel
        </Button>
      </div>
    </div>
  );
}
