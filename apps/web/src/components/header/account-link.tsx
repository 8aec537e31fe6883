import Link from "next/link";
import { buttonVariants, cn } from "@dishpatch/ui";

/** The signed-in person's name, leading to their account page. */
export function AccountLink({ name }: { name: string }) {
  const initial = name.trim().charAt(0).toUpperCase() || "?";
  return (
    <Link
      href="/account"
      className={cn(buttonVariants({ variant: "ghost", size: "md" }), "min-w-0 gap-2 px-2")}
      data-testid="header-account"
    >
      <span
        aria-hidden="true"
        className="grid size-7 shrink-0 place-items-center rounded-full bg-muted text-xs font-semibold"
      >
        {initial}
      </span>
      <span className="sr-only">Your account: </span>
      <span className="max-w-[10rem] truncate sm:max-w-[16rem]">{name}</span>
    </Link>
  );
}
