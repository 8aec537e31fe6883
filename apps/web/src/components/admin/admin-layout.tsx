import type { ReactNode } from "react";

import { SiteHeader } from "~/components/site-header";
import { HydrateClient } from "~/trpc/server";
import type { AdminSection } from "./admin-nav";
import { AdminNav } from "./admin-nav";

/** The frame of every admin page: header, title, the admin sections, then the page's own. */
export function AdminFrame({
  title,
  current,
  children,
}: {
  title: string;
  current: AdminSection;
  children: ReactNode;
}) {
  return (
    <HydrateClient>
      <SiteHeader />
      <main
        id="main"
        className="mx-auto flex w-full max-w-5xl flex-col gap-8 px-4 py-8 sm:px-6 sm:py-10"
      >
        <div className="flex flex-col gap-3">
          <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
          <AdminNav current={current} />
        </div>
        {children}
      </main>
    </HydrateClient>
  );
}
