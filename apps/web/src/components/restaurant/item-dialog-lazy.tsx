"use client";

import { lazy } from "react";

/**
 * The item dialog, loaded when a diner first opens a dish rather than with the restaurant page
 * (keeps the page's script within its 180 kB budget; see scripts/page-js.ts). React.lazy rather
 * than next/dynamic: the dialog only renders after a click, so it needs no server rendering, and
 * next/dynamic's own loader code would eat most of the saving. Render it inside <Suspense>.
 */
export const LazyItemDialog = lazy(() =>
  import("./item-dialog").then((module) => ({ default: module.ItemDialog })),
);

/** Starts fetching the dialog's code when a diner is about to open a dish (hover, focus). */
export function preloadItemDialog() {
  import("./item-dialog").catch(() => {
    // Offline or a deploy in between: opening the dish loads (and reports) it again.
  });
}
