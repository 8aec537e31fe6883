import type { RouterOutputs } from "@dishpatch/api";
import { Badge } from "@dishpatch/ui";

import { TextLink } from "~/components/text-link";

type Membership = NonNullable<RouterOutputs["auth"]["me"]>["memberships"][number];

const memberRoleLabels: Record<Membership["role"], string> = { owner: "Owner", staff: "Staff" };

/** The restaurants this person works for, with their role in each. */
export function MembershipsList({ memberships }: { memberships: Membership[] }) {
  if (memberships.length === 0) {
    return (
      <p className="text-muted-foreground">
        You are not a member of any restaurant.{" "}
        <TextLink href="/dashboard/apply">Open a restaurant</TextLink>
      </p>
    );
  }
  return (
    <ul className="flex flex-col gap-2" aria-label="Restaurant memberships">
      {memberships.map((membership) => (
        <li key={membership.restaurantId} className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{membership.name}</span>
          <Badge tone={membership.role === "owner" ? "success" : "neutral"}>
            {memberRoleLabels[membership.role]}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
