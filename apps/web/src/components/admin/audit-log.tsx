"use client";

import type { RouterOutputs } from "@dishpatch/api";
import { useSuspenseQuery } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react";
import type { AuditLogInput } from "./admin-filters";
import { CursorPages, LoadMore } from "~/components/paging/cursor-pages";

type AuditEntry = RouterOutputs["admin"]["auditLog"]["items"][number];

// UTC, labelled, as in the order list: the same text on the server and in any browser.
const timeFormat = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** What each recorded action reads as; an action this page does not know shows as recorded. */
const verbs: Record<string, string> = {
  "restaurant.approve": "approved",
  "restaurant.suspend": "suspended",
  "restaurant.reinstate": "reinstated",
  "user.grant_admin": "made admin",
  "user.revoke_admin": "removed admin from",
  "user.suspend": "suspended",
  "user.reinstate": "reinstated",
};

/** The admin decisions matching the filter, newest first, a page at a time. */
export function AuditLog({ input }: { input: AuditLogInput }) {
  return (
    <CursorPages
      renderPage={(cursor, more) => <AuditPage input={input} cursor={cursor} more={more} />}
    />
  );
}

function AuditPage({
  input,
  cursor,
  more,
}: {
  input: AuditLogInput;
  cursor: string | null;
  more: ((next: string) => void) | null;
}) {
  const trpc = useTRPC();
  // The first page uses the page's own input, so it is the query the server prefetched.
  const { data } = useSuspenseQuery(
    trpc.admin.auditLog.queryOptions(cursor ? { ...input, cursor } : input),
  );
  if (!cursor && data.items.length === 0) {
    return (
      <p className="text-muted-foreground">
        {input.action ? "No entries of this kind." : "Nothing yet."}
      </p>
    );
  }
  return (
    <>
      <ol className="flex flex-col divide-y divide-border rounded-2xl border border-border bg-card">
        {data.items.map((entry) => (
          <AuditRow key={entry.id} entry={entry} />
        ))}
      </ol>
      <LoadMore nextCursor={data.nextCursor} more={more} label="Older entries" />
    </>
  );
}

/** Who did what to which restaurant or user, why, and when. */
function AuditRow({ entry }: { entry: AuditEntry }) {
  return (
    <li className="flex flex-col gap-0.5 px-4 py-3 text-sm" data-testid="audit-entry">
      <p className="break-words">
        <span className="font-medium">
          {entry.actorName ?? entry.actorEmail ?? "A removed account"}
        </span>
        {entry.actorName && entry.actorEmail ? (
          <span className="text-muted-foreground"> ({entry.actorEmail})</span>
        ) : null}{" "}
        {verbs[entry.action] ?? entry.action} {entry.targetType}{" "}
        {entry.targetLabel ? (
          <span className="font-medium">{entry.targetLabel}</span>
        ) : (
          <span className="font-mono text-xs break-all">{entry.targetId}</span>
        )}
      </p>
      {typeof entry.details.reason === "string" && entry.details.reason ? (
        <p className="break-words text-muted-foreground">Reason: {entry.details.reason}</p>
      ) : null}
      <time className="text-xs text-muted-foreground" dateTime={entry.createdAt.toISOString()}>
        {timeFormat.format(entry.createdAt)} UTC
      </time>
    </li>
  );
}
