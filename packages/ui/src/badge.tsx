import type { VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cva } from "class-variance-authority";

import { cn } from "./cn";

export const badgeVariants = cva(
  "inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold",
  {
    variants: {
      tone: {
        neutral: "bg-muted text-foreground",
        success: "bg-success/15 text-success-foreground",
        warning: "bg-warning/15 text-warning-foreground",
        danger: "bg-danger/15 text-danger-foreground",
      },
    },
    defaultVariants: { tone: "neutral" },
  },
);

export interface BadgeProps extends ComponentProps<"span">, VariantProps<typeof badgeVariants> {}

export function Badge({ className, tone, ...props }: BadgeProps) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}

/** A coloured dot that carries no meaning on its own: pair it with text. */
export function StatusDot({
  tone,
  className,
}: {
  tone: "success" | "warning" | "danger";
  className?: string;
}) {
  const colour = { success: "bg-success", warning: "bg-warning", danger: "bg-danger" }[tone];
  return <span aria-hidden="true" className={cn("size-2 rounded-full", colour, className)} />;
}
