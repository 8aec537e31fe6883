"use client";

import type { ReactNode } from "react";
import { Button, Skeleton } from "@dishpatch/ui";
import { Suspense, useEffect, useRef, useState } from "react";

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

/**
 * The "load more" button under the last page, when the API says another page exists. With
 * `auto`, the next page also loads by itself when the button scrolls near the viewport
 * (infinite scroll); the button stays for keyboards and for browsers that don't observe.
 */
export function LoadMore({
  nextCursor,
  more,
  label,
  auto = false,
}: {
  nextCursor: string | null;
  more: ((next: string) => void) | null;
  label: string;
  auto?: boolean;
}) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const target = button.current;
    if (!auto || !target || !nextCursor || !more || typeof IntersectionObserver === "undefined") {
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) more(nextCursor);
      },
      { rootMargin: "400px 0px" },
    );
    observer.observe(target);
    return () => {
      observer.disconnect();
    };
  }, [auto, nextCursor, more]);

  if (!nextCursor || !more) return null;
  return (
    <Button
      ref={button}
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
