import type { ComponentProps } from "react";

import { cn } from "./cn";

export type BadgeTone = "neutral" | "success" | "warning" | "danger";

export function badgeVariants({ tone = "neutral" }: { tone?: BadgeTone } = {}) {
  return `ui-badge ui-badge-${tone}`;
}

export interface BadgeProps extends ComponentProps<"span"> {
  tone?: BadgeTone;
}

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
  return <span aria-hidden="true" className={cn("ui-status-dot", colour, className)} />;
}
