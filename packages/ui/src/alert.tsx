import type { VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cva } from "class-variance-authority";

import { cn } from "./cn";

export const alertVariants = cva(
  "flex flex-col gap-1 rounded-lg border px-4 py-3 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
  {
    variants: {
      tone: {
        info: "border-border bg-muted text-foreground",
        success: "border-success/40 bg-success/10 text-success-foreground",
        danger: "border-danger/40 bg-danger/10 text-danger-foreground",
      },
    },
    defaultVariants: { tone: "info" },
  },
);

export interface AlertProps extends ComponentProps<"div">, VariantProps<typeof alertVariants> {}

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
