"use client";

import { Skeleton } from "@dishpatch/ui";

import { LoadMore } from "./cursor-pages";
import type { PagesAfter } from "./use-pages-after";

/**
 * What follows a list paged by `usePagesAfter`: a placeholder while the next page loads, a
 * message when it failed (the button then offers it again), and the "load more" button.
 * With `auto`, scrolling near the button loads the next page; after a failure only a click does.
 */
export function MorePages({
  paging,
  label,
  failure,
  auto = false,
}: {
  paging: PagesAfter;
  label: string;
  failure: string;
  auto?: boolean;
}) {
  return (
    <>
      {paging.loadingMore ? <Skeleton className="h-24 w-full" /> : null}
      {paging.failed ? (
        <p role="alert" className="text-center text-sm font-medium text-danger-foreground">
          {failure}
        </p>
      ) : null}
      <LoadMore
        auto={auto && !paging.failed}
        nextCursor={paging.nextCursor}
        more={paging.loadMore}
        label={paging.failed ? "Try again" : label}
      />
    </>
  );
}
