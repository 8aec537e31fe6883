import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@dishpatch/ui";

import { AdminRefusal, isAdminOrSignIn } from "~/components/admin/admin-access";
import type { SearchParams } from "~/components/admin/admin-filters";
import { usersInputFrom } from "~/components/admin/admin-filters";
import { AdminFrame } from "~/components/admin/admin-layout";
import { FilterForm, FilterSelect, FilterText } from "~/components/admin/filter-fields";
import { UserList } from "~/components/admin/user-list";
import { prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Users · Admin", robots: { index: false } };

/** Find accounts; grant or revoke admin; suspend or reinstate. Filters live in the address. */
export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  if (!(await isAdminOrSignIn("/admin/users"))) return <AdminRefusal />;
  const input = usersInputFrom(await searchParams);
  prefetch(trpc.admin.users.queryOptions(input));

  return (
    <AdminFrame title="Admin" current="/admin/users">
      <FilterForm key={JSON.stringify(input)} action="/admin/users" label="Filter users">
        <FilterText name="search" label="Email or name" defaultValue={input.search} />
        <FilterSelect
          name="role"
          label="Role"
          defaultValue={input.role}
          options={[
            ["customer", "Customer"],
            ["admin", "Admin"],
          ]}
        />
        <FilterSelect
          name="status"
          label="Status"
          defaultValue={input.status}
          options={[
            ["active", "Active"],
            ["suspended", "Suspended"],
          ]}
        />
      </FilterForm>
      <Suspense fallback={<Skeleton className="h-64 w-full" />}>
        <UserList key={JSON.stringify(input)} input={input} />
      </Suspense>
    </AdminFrame>
  );
}
