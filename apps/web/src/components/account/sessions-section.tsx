"use client";

import { Button, Card, CardContent, CardDescription, CardHeader, CardTitle } from "@dishpatch/ui";
import { signOut } from "next-auth/react";
import { useState } from "react";

import { useAuthNavigation } from "~/auth/use-auth-navigation";
import { SignOutEverywhere } from "./sign-out-everywhere";

/** Signing out: of this browser, or of every device at once. */
export function SessionsSection() {
  const navigate = useAuthNavigation();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function signOutHere() {
    setPending(true);
    setFailed(false);
    try {
      await signOut({ redirect: false });
      navigate("/");
    } catch {
      setPending(false);
      setFailed(true);
    }
  }

  return (
    <Card aria-labelledby="sessions-title">
      <CardHeader>
        <CardTitle id="sessions-title">Signing out</CardTitle>
        <CardDescription>
          Sign out of this browser, or of every device where you are signed in.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        <div className="flex flex-col items-start gap-2">
          <Button variant="outline" disabled={pending} onClick={() => void signOutHere()}>
            {pending ? "Signing out…" : "Sign out"}
          </Button>
          {failed ? (
            <p role="alert" className="text-sm font-medium text-danger-foreground">
              We couldn&apos;t sign you out. Check your connection and try again.
            </p>
          ) : null}
        </div>
        <SignOutEverywhere />
      </CardContent>
    </Card>
  );
}
