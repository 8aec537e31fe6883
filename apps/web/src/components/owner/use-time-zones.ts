"use client";

import { useSyncExternalStore } from "react";

const noZones: readonly string[] = [];
let browserZones: readonly string[] | null = null;

/** The browser's IANA zones, computed once (a few hundred names). */
function zonesSnapshot(): readonly string[] {
  browserZones ??= Intl.supportedValuesOf("timeZone");
  return browserZones;
}

const subscribe = () => () => undefined;

/**
 * The zones this browser knows and its own zone as a first guess. Both are read only after
 * hydration (the server's list and zone differ from the visitor's), so nothing mismatches.
 */
export function useTimeZones() {
  const zones = useSyncExternalStore(subscribe, zonesSnapshot, () => noZones);
  const guess = useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "",
  );
  return { zones, guess };
}
