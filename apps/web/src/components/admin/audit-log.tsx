"use client";

import type { RouterInputs } from "@dishpatch/api";
import { useSuspenseQuery } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react";

export const auditLogInput: RouterInputs["admin"]["auditLog"] = { limit: 25 };
const timeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

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

/** The newest admin decisions: who did what to which restaurant or user, and why. */
export function AuditLog() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.admin.auditLog.queryOptions(auditLogInput));

  return (
    <section aria-labelledby="audit-title" className="flex flex-col gap-3">
      <h2 id="audit-title" className="text-xl font-bold tracking-tight">
        Audit log
      </h2>
      {data.items.length === 0 ? <p className="text-muted-foreground">Nothing yet.</p> : null}
      <ol className="flex flex-col divide-y divide-border rounded-2xl border border-border bg-card">
        {data.items.map((entry) => (
          <li
            key={entry.id}
            className="flex flex-col gap-0.5 px-4 py-3 text-sm"
            data-testid="audit-entry"
          >
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
              <p className="text-muted-foreground">Reason: {entry.details.reason}</p>
            ) : null}
            <time
              className="text-xs text-muted-foreground"
              dateTime={entry.createdAt.toISOString()}
            >
              {timeFormat.format(entry.createdAt)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  );
}
