import { Alert } from "@dishpatch/ui";

/**
 * Above an owner's editor while diners cannot see the restaurant: the owner may set it up, and
 * learns why the public page does not show it yet. Nothing for a live restaurant.
 */
export function PendingNotice({
  status,
  what,
}: {
  status: "pending" | "active" | "suspended";
  what: string;
}) {
  if (status === "active") return null;
  return (
    <Alert>
      {status === "pending"
        ? `Your restaurant is waiting for an admin's approval. Set up your ${what} now: diners see it once the restaurant is approved.`
        : `Your restaurant is suspended, so diners cannot see it. You can still edit your ${what}.`}
    </Alert>
  );
}
