import type { ReactNode } from "react";
import { buttonVariants, cn, Input, Label } from "@dishpatch/ui";
import Link from "next/link";
import Form from "next/form";

/**
 * A filter bar that submits as a GET to the list's own address: Next.js navigates on the client,
 * the page re-reads the filters from the address and prefetches the filtered list. Works without
 * script too.
 */
export function FilterForm({
  action,
  label,
  className,
  children,
}: {
  action: string;
  label: string;
  /** e.g. a narrower bar for a single filter. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <Form
      action={action}
      aria-label={label}
      role="search"
      className={cn(
        "grid gap-3 rounded-2xl border border-border bg-card p-4 sm:grid-cols-[repeat(auto-fit,minmax(10rem,1fr))] sm:items-end",
        className,
      )}
    >
      {children}
      <div className="flex gap-2">
        <button type="submit" className={`${buttonVariants()} flex-1`}>
          Apply
        </button>
        <Link href={action} className={buttonVariants({ variant: "ghost" })}>
          Clear
        </Link>
      </div>
    </Form>
  );
}

export function FilterText({
  name,
  label,
  defaultValue,
  type = "search",
}: {
  name: string;
  label: string;
  defaultValue: string | undefined;
  type?: "search" | "email";
}) {
  const id = `filter-${name}`;
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} name={name} type={type} defaultValue={defaultValue ?? ""} maxLength={254} />
    </div>
  );
}

/** A native select (keyboard and screen readers for free), styled like the text inputs. */
export function FilterSelect({
  name,
  label,
  defaultValue,
  options,
}: {
  name: string;
  label: string;
  defaultValue: string | undefined;
  /** [value, label]; an "Any" choice (no filter) comes first. */
  options: readonly (readonly [string, string])[];
}) {
  const id = `filter-${name}`;
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        className="h-11 w-full min-w-0 rounded-lg border border-border bg-background px-3 text-base text-foreground focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring"
      >
        <option value="">Any</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
