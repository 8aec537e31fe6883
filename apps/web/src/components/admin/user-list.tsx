"use client";

import { Badge, Card } from "@dishpatch/ui";
import { useSuspenseQuery } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react";
import type { AdminUsersInput } from "./admin-filters";
import { CursorPages, LoadMore } from "~/components/paging/cursor-pages";
import { UserActions } from "./user-actions";

// The UTC date: the same text on the server and in any browser.
const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** Users matching the filters, newest first, a page at a time, each with its admin actions. */
export function UserList({ input }: { input: AdminUsersInput }) {
  return (
    <section aria-label="Users" className="flex flex-col gap-3" data-testid="admin-users">
      <CursorPages
        renderPage={(cursor, more) => <UserPage input={input} cursor={cursor} more={more} />}
      />
    </section>
  );
}

function UserPage({
  input,
  cursor,
  more,
}: {
  input: AdminUsersInput;
  cursor: string | null;
  more: ((next: string) => void) | null;
}) {
  const trpc = useTRPC();
  // The first page uses the page's own input, so it is the query the server prefetched.
  const { data } = useSuspenseQuery(
    trpc.admin.users.queryOptions(cursor ? { ...input, cursor } : input),
  );
  if (!cursor && data.items.length === 0) {
    return <p className="text-muted-foreground">No users match these filters.</p>;
  }
  return (
    <>
      <ul className="flex flex-col gap-3">
        {data.items.map((user) => (
          <li key={user.id}>
            <Card
              className="grid gap-3 p-4 sm:grid-cols-[1fr_auto] sm:items-start"
              aria-label={user.email}
              data-testid="admin-user"
            >
              <div className="flex min-w-0 flex-col gap-1">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="font-semibold break-all">{user.email}</h2>
                  <Badge tone={user.role === "admin" ? "warning" : "neutral"}>{user.role}</Badge>
                  <Badge tone={user.status === "active" ? "success" : "danger"}>
                    {user.status}
                  </Badge>
                </div>
                <p className="text-sm text-muted-foreground">
                  {user.name ?? "No name"} · joined {dateFormat.format(user.createdAt)} ·{" "}
                  {user.orderCount} {user.orderCount === 1 ? "order" : "orders"} ·{" "}
                  {user.membershipCount} {user.membershipCount === 1 ? "restaurant" : "restaurants"}
                </p>
              </div>
              <UserActions user={user} />
            </Card>
          </li>
        ))}
      </ul>
      <LoadMore nextCursor={data.nextCursor} more={more} label="More users" />
    </>
  );
}
