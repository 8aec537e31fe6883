import type { ComponentProps } from "react";

import { cn } from "./cn";

/**
 * A single-line text input. 16 px text keeps mobile Safari from zooming on focus; the
 * border turns red when `aria-invalid` is set, so the error state has one source of truth.
 */
export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return (
    <input
      type={type}
      className={cn(
        "h-11 w-full min-w-0 rounded-lg border border-border bg-background px-3 text-base text-foreground shadow-xs transition-colors placeholder:text-muted-foreground",
        "focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring",
        "aria-invalid:border-danger aria-invalid:focus-visible:outline-danger",
        "read-only:bg-muted read-only:text-muted-foreground disabled:cursor-not-allowed disabled:opacity-50",
        className,
      )}
      {...props}
    />
  );
}
