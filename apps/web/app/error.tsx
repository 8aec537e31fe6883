"use client";

import { Button } from "@dishpatch/ui";

/** Any render error below the root layout lands here, with a way to try again. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main
      id="main"
      role="alert"
      className="mx-auto flex max-w-xl flex-col items-start gap-4 px-4 py-16 sm:px-6"
    >
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="text-muted-foreground">
        This page could not be shown. Please try again in a moment.
        {error.digest ? (
          <span className="block pt-2 font-mono text-xs">Reference: {error.digest}</span>
        ) : null}
      </p>
      <Button onClick={reset}>Try again</Button>
    </main>
  );
}
