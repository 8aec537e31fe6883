import Link from "next/link";
import { buttonVariants } from "@dishpatch/ui";

/** The owner-only pages of a restaurant, linked from its dashboard. */
export function OwnerLinks({ restaurantId }: { restaurantId: string }) {
  const link = buttonVariants({ variant: "outline", size: "sm" });
  return (
    <>
      <Link href={`/dashboard/${restaurantId}/staff`} className={link}>
        Staff
      </Link>
      <Link href={`/dashboard/${restaurantId}/promos`} className={link}>
        Promo codes
      </Link>
    </>
  );
}
