import { Suspense } from "react";
import { Skeleton } from "@dishpatch/ui";

import type { AuditLogInput } from "./admin-filters";
import { AuditLog } from "./audit-log";
import { FilterForm, FilterSelect } from "./filter-fields";

/** The actions an admin can filter the log by, as the filter names them. */
const actionChoices: readonly (readonly [string, string])[] = [
  ["restaurant.approve", "Restaurant approved"],
  ["restaurant.suspend", "Restaurant suspended"],
  ["restaurant.reinstate", "Restaurant reinstated"],
  ["user.grant_admin", "Admin granted"],
  ["user.revoke_admin", "Admin removed"],
  ["user.suspend", "User suspended"],
  ["user.reinstate", "User reinstated"],
];

/**
 * The audit log with its action filter. The filter lives in the address (`/admin?action=…`) like
 * the other admin filters, with `#audit` so the page lands back on the log, far below its top.
 * An action from the address that the list above does not name is still offered, so the
 * select shows what is applied.
 */
export function AuditSection({ input }: { input: AuditLogInput }) {
  const { action } = input;
  const choices =
    action && !actionChoices.some(([value]) => value === action)
      ? [...actionChoices, [action, action] as const]
      : actionChoices;
  return (
    <section aria-labelledby="audit-title" className="flex scroll-mt-4 flex-col gap-3" id="audit">
      <h2 id="audit-title" className="text-xl font-bold tracking-tight">
        Audit log
      </h2>
      <FilterForm
        key={action ?? ""}
        action="/admin#audit"
        label="Filter the audit log"
        className="sm:max-w-lg"
      >
        <FilterSelect name="action" label="Action" defaultValue={action} options={choices} />
      </FilterForm>
      <Suspense fallback={<Skeleton className="h-64 w-full" />}>
        <AuditLog key={action ?? ""} input={input} />
      </Suspense>
    </section>
  );
}
