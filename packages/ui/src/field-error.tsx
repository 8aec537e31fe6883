import type { ComponentProps } from "react";

import { cn } from "./cn";

/**
 * A field's error message. Point the control's `aria-describedby` at its `id`. It is an
 * alert, so screen readers announce it as soon as it appears; renders nothing without one.
 */
export function FieldError({ className, children, ...props }: ComponentProps<"p">) {
  if (children === undefined || children === null || children === false || children === "") {
    return null;
  }
  return (
    <p role="alert" className={cn("ui-field-error", className)} {...props}>
      {children}
    </p>
  );
}
