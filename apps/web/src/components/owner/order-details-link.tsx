import Link from "next/link";

/** From a queue ticket to the order's page: payments for everyone, refunds for owners. */
export function OrderDetailsLink({
  restaurantId,
  orderId,
}: {
  restaurantId: string;
  orderId: string;
}) {
  return (
    <Link
      href={`/dashboard/${restaurantId}/orders/${orderId}`}
      className="rounded-sm text-sm font-medium text-primary underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
    >
      Order details
    </Link>
  );
}
