import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader } from "@dishpatch/ui";

import { SiteHeader } from "~/components/site-header";

/** The frame of the sign-in and sign-up pages: header, then one centred card. */
export function AuthPageLayout({
  title,
  description,
  footer,
  children,
}: {
  title: string;
  description: string;
  footer: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto flex w-full max-w-md flex-col gap-6 px-4 py-10 sm:py-16">
        <Card aria-labelledby="auth-title">
          <CardHeader className="gap-2">
            <h1 id="auth-title" className="text-2xl font-bold tracking-tight">
              {title}
            </h1>
            <CardDescription>{description}</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-6 pt-4">{children}</CardContent>
        </Card>
        <p className="text-center text-sm text-muted-foreground">{footer}</p>
      </main>
    </>
  );
}

/** "or" between the GitHub button and the password form. */
export function OrDivider() {
  return (
    <div className="flex items-center gap-3 text-xs text-muted-foreground uppercase">
      <span aria-hidden="true" className="h-px flex-1 bg-border" />
      or
      <span aria-hidden="true" className="h-px flex-1 bg-border" />
    </div>
  );
}
