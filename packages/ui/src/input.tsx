import type { ComponentProps } from "react";

import { cn } from "./cn";

/**
 * A single-line text input. 16 px text keeps mobile Safari from zooming on focus; the
 * border turns red when `aria-invalid` is set, so the error state has one source of truth.
 */
export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} className={cn("ui-input", className)} {...props} />;
}
