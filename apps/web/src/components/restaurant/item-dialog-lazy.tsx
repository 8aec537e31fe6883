"use client";

import dynamic from "next/dynamic";

/**
 * The item dialog, loaded when a diner first opens a dish rather than with the restaurant page
 * (keeps the page's script within its 180 kB budget; see scripts/page-js.ts). Only rendered after
 * a click, so there is nothing to render on the server.
 */
export const LazyItemDialog = dynamic(
  () => import("./item-dialog").then((module) => module.ItemDialog),
  { ssr: false },
);

/** Starts fetching the dialog's code when a diner is about to open a dish (hover, focus). */
export function preloadItemDialog() {
  import("./item-dialog").catch(() => {
    // Offline or a deploy in between: opening the dish loads (and reports) it again.
  });
}
