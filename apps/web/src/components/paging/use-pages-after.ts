"use client";

import type { QueryKey, UseQueryOptions } from "@tanstack/react-query";
import { useQueries } from "@tanstack/react-query";
import { useState } from "react";

/**
 * The pages that follow a prefetched first page of a cursor list, as one growing list.
 *
 * Each page is an ordinary query keyed by its cursor (not a tRPC infinite query: those add a
 * `direction` field to the input, which our strict list inputs refuse). `loadMore(cursor)` adds
 * the next page; asked again for a cursor whose page failed, it fetches that page again.
 * Key the component that calls it by the list's input, so another search starts afresh.
 */
export function usePagesAfter<
  TPage extends { nextCursor: string | null },
  TError,
  TKey extends QueryKey,
>(
  first: TPage,
  pageOptions: (cursor: string) => UseQueryOptions<TPage, TError, TPage, TKey>,
): PagesAfter & { pages: TPage[] } {
  const [cursors, setCursors] = useState<string[]>([]);
  const more = useQueries({ queries: cursors.map(pageOptions) });

  const pages = [first, ...more.flatMap((page) => (page.data ? [page.data] : []))];
  const loadingMore = more.some((page) => page.isPending || page.isFetching);
  const failedIndex = more.findIndex((page) => page.isError);
  const failed = failedIndex !== -1;
  // After a failure the button offers that page again; otherwise the last page's next cursor.
  const nextCursor = loadingMore
    ? null
    : failed
      ? (cursors[failedIndex] ?? null)
      : (pages.at(-1)?.nextCursor ?? null);

  const loadMore = (cursor: string) => {
    const index = cursors.indexOf(cursor);
    if (index === -1) setCursors([...cursors, cursor]);
    else void more[index]?.refetch();
  };
  return { pages, loadingMore, failed, nextCursor, loadMore };
}

export interface PagesAfter {
  /** A page after the first is loading. */
  loadingMore: boolean;
  /** A page after the first failed; `nextCursor` is then that page's cursor. */
  failed: boolean;
  nextCursor: string | null;
  loadMore: (cursor: string) => void;
}
