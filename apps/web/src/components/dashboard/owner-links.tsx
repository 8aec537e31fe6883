import Link from "next/link";
import { buttonVariants } from "@dishpatch/ui";

/** The owner-only pages of a restaurant, linked from its dashboard (staff never see them). */
export function OwnerLinks({ restaurantId }: { restaurantId: string }) {
  const links = [
    ["menu", "Menu"],
    ["hours", "Hours"],
    ["settings", "Settings"],
    ["staff", "Staff"],
    ["promos", "Promo codes"],
  ] as const;
  return (
    <>
      {links.map(([path, label]) => (
        <Link
          key={path}
          href={`/dashboard/${restaurantId}/${path}`}
          className={buttonVariants({ variant: "outline", size: "sm" })}
        >
          {label}
        </Link>
      ))}
    </>
  );
}
