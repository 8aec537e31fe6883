import Link from "next/link";
import { buttonVariants } from "@dishpatch/ui";

/** Links to the work areas the signed-in person has: their restaurants' dashboard, admin. */
export function WorkLinks({ isMember, isAdmin }: { isMember: boolean; isAdmin: boolean }) {
  return (
    <>
      {isMember ? (
        <Link href="/dashboard" className={buttonVariants({ variant: "ghost", size: "sm" })}>
          Dashboard
        </Link>
      ) : null}
      {isAdmin ? (
        <Link href="/admin" className={buttonVariants({ variant: "ghost", size: "sm" })}>
          Admin
        </Link>
      ) : null}
    </>
  );
}
