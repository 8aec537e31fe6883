import type { ComponentProps } from "react";

import { cn } from "./cn";

export type AlertTone = "info" | "success" | "danger";

export function alertVariants({ tone = "info" }: { tone?: AlertTone } = {}) {
  return `ui-alert ui-alert-${tone}`;
}

export interface AlertProps extends ComponentProps<"div"> {
  tone?: AlertTone;
}

/**
 * A message about a whole form or page. Errors are announced at once (`role="alert"`),
 * good news politely (`role="status"`). Focusable from script (`tabIndex={-1}`) so a form
 * can move focus to it when there is no field to send the person to.
 */
export function Alert({ className, tone, role, ...props }: AlertProps) {
  return (
    <div
      role={role ?? (tone === "danger" ? "alert" : "status")}
      tabIndex={-1}
      className={cn(alertVariants({ tone }), className)}
      {...props}
    />
  );
}
