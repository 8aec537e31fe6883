import Link from "next/link";

/** The top of an owner page: the way back to the restaurant, the title and whose it is. */
export function OwnerPageHeader({
  restaurantId,
  restaurantName,
  title,
  backHref = `/dashboard/${restaurantId}`,
  backLabel = "Orders",
  detail,
}: {
  restaurantId: string;
  restaurantName: string;
  title: string;
  backHref?: string;
  backLabel?: string;
  /** Said after the restaurant's name, e.g. "changes show on your restaurant page at once". */
  detail?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <Link
        href={backHref}
        className="self-start rounded-sm text-sm text-muted-foreground hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
      >
        ← {backLabel}
      </Link>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="text-sm text-muted-foreground">
        {restaurantName}
        {detail ? ` · ${detail}` : ""}
      </p>
    </div>
  );
}
