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
      {/* On phones the initial alone leaves room for every work link (name kept for readers). */}
      <span className="sr-only sm:not-sr-only sm:max-w-[16rem] sm:truncate">{name}</span>
    </Link>
  );
}
