import Link from "next/link";
import { buttonVariants } from "@dishpatch/ui";

/**
 * What someone sees on a page their account may not use. It renders nothing of the page's data:
 * the API refuses those calls anyway, and the page never starts them.
 */
export function NotAllowed({ what }: { what: string }) {
  return (
    <main
      id="main"
      className="mx-auto flex w-full max-w-xl flex-col items-start gap-4 px-4 py-16 sm:px-6"
    >
      <h1 className="text-3xl font-bold tracking-tight">You can&apos;t open this page</h1>
      <p className="text-muted-foreground">
        Your account is not allowed to see {what}. If you think it should be, ask the person who
        manages it to add you.
      </p>
      <Link href="/" className={buttonVariants({ variant: "outline" })}>
        Back to restaurants
      </Link>
    </main>
  );
}
