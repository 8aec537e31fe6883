import type { ComponentProps } from "react";

import { cn } from "./cn";

/** Placeholder while content loads; hidden from assistive tech, which gets `aria-busy` instead. */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden="true" className={cn("ui-skeleton", className)} {...props} />;
}
