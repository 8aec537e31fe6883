/** Whose order it is, for the people who see orders that are not their own. */
export function OrderCustomer({ name }: { name: string | null }) {
  return (
    <p className="text-sm text-muted-foreground" data-testid="order-customer">
      Customer: <span className="font-medium text-foreground">{name ?? "No name given"}</span>
    </p>
  );
}
