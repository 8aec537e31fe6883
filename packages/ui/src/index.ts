export { cn } from "./cn";
export { Button, buttonVariants } from "./button";
export type { ButtonProps } from "./button";
export { Card, CardContent, CardDescription, CardHeader, CardTitle } from "./card";
export { Badge, badgeVariants, StatusDot } from "./badge";
export type { BadgeProps } from "./badge";
export { Skeleton } from "./skeleton";
