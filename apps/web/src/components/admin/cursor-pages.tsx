"use client";

import type { ReactNode } from "react";
import { Button, Skeleton } from "@dishpatch/ui";
import { Suspense, useState } from "react";

/**
 * Cursor paging as a growing list of pages: the first (cursor null) comes prefetched with the
 * page, each "load more" adds the next cursor, and that page loads in its own Suspense
 * boundary so the rows above stay. `renderPage` gets `more` on the last page only.
 */
export function CursorPages({
  renderPage,
}: {
  renderPage: (cursor: string | null, more: ((next: string) => void) | null) => ReactNode;
}) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const more = (next: string) => {
    setCursors((previous) => (previous.includes(next) ? previous : [...previous, next]));
  };
  return (
    <>
      {cursors.map((cursor, index) => (
        <Suspense key={cursor ?? "first"} fallback={<Skeleton className="h-24 w-full" />}>
          {renderPage(cursor, index === cursors.length - 1 ? more : null)}
        </Suspense>
      ))}
    </>
  );
}

/** The "load more" button under the last page, when the API says another page exists. */
export function LoadMore({
  nextCursor,
  more,
  label,
}: {
  nextCursor: string | null;
  more: ((next: string) => void) | null;
  label: string;
}) {
  if (!nextCursor || !more) return null;
  return (
    <Button
      variant="outline"
      className="self-center"
      onClick={() => {
        more(nextCursor);
      }}
    >
      {label}
    </Button>
  );
}
