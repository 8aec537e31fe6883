import Link from "next/link";

/** The back link, title and restaurant line every owner page of a restaurant starts with. */
export function OwnerPageHeading({
  restaurantId,
  restaurantName,
  title,
  detail,
}: {
  restaurantId: string;
  restaurantName: string;
  title: string;
  detail?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <Link
        href={`/dashboard/${restaurantId}`}
        className="self-start text-sm text-muted-foreground hover:underline"
      >
        ← Orders
      </Link>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="text-sm text-muted-foreground">
        {restaurantName}
        {detail ? ` · ${detail}` : ""}
      </p>
    </div>
  );
}
