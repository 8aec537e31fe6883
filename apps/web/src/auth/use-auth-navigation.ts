"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback } from "react";

/**
 * Goes to `href` after the session changed (signed in or out). Everything cached was
 * fetched as someone else: queries are marked stale, and the router refetches the server
 * components (the header shows who is signed in). Queries on the page being left are not
 * refetched at once, so it does not flash a signed-out state on its way out.
 */
export function useAuthNavigation() {
  const router = useRouter();
  const queryClient = useQueryClient();
  return useCallback(
    (href: string) => {
      void queryClient.invalidateQueries({ refetchType: "none" });
      router.replace(href);
      router.refresh();
    },
    [queryClient, router],
  );
}
