"use client";

import { useSyncExternalStore } from "react";

import { dateTimeFormat } from "~/lib/intl-formats";

const noChanges = () => () => undefined;

/**
 * A moment in the viewer's own time zone and language. The server knows neither, so the server
 * render and hydration show UTC, labelled; the browser then switches to local time. Formatting
 * in the browser during hydration would not match the server's text for anyone outside UTC.
 */
export function LocalTime({
  date,
  options,
}: {
  date: Date;
  options: Omit<Intl.DateTimeFormatOptions, "timeZone">;
}) {
  const inBrowser = useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
  const text = inBrowser
    ? dateTimeFormat(undefined, options).format(date)
    : `${dateTimeFormat("en", { ...options, timeZone: "UTC" }).format(date)} UTC`;
  return <time dateTime={date.toISOString()}>{text}</time>;
}
