import type { ReactNode } from "react";

import { NotAllowed } from "~/components/not-allowed";
import { SiteHeader } from "~/components/site-header";
import { HydrateClient } from "~/trpc/server";
import { OwnerPageHeader } from "./owner-page-header";

// Literal class names, so Tailwind sees them.
const widths = {
  narrow: "max-w-2xl",
  medium: "max-w-3xl",
  wide: "max-w-5xl",
} as const;

/** The frame of every owner page of a restaurant: header, hydration boundary, heading. */
export function OwnerPage(props: {
  restaurantId: string;
  restaurantName: string;
  title: string;
  detail?: string;
  width: keyof typeof widths;
  children: ReactNode;
}) {
  return (
    <HydrateClient>
      <SiteHeader />
      <main
        id="main"
        className={`mx-auto flex w-full ${widths[props.width]} flex-col gap-6 px-4 py-8 sm:px-6 sm:py-10`}
      >
        <OwnerPageHeader
          restaurantId={props.restaurantId}
          restaurantName={props.restaurantName}
          title={props.title}
          detail={props.detail}
        />
        {props.children}
      </main>
    </HydrateClient>
  );
}

/** What a staff member or a stranger sees on an owner page (no restaurant data was read). */
export function OwnerPageRefused({ what }: { what: string }) {
  return (
    <>
      <SiteHeader />
      <NotAllowed what={`${what} (owners only)`} />
    </>
  );
}
