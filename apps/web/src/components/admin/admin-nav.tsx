import Link from "next/link";
import { cn } from "@dishpatch/ui";

const sections = [
  { href: "/admin", label: "Restaurants" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/orders", label: "Orders" },
] as const;

export type AdminSection = (typeof sections)[number]["href"];

/** The admin area's own sections; rendered on the server (no script), the current one marked. */
export function AdminNav({ current }: { current: AdminSection }) {
  return (
    <nav aria-label="Admin" className="-mx-1 overflow-x-auto">
      <ul className="flex gap-1 px-1 py-1">
        {sections.map((section) => {
          const active = section.href === current;
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-flex h-10 items-center rounded-lg px-4 text-sm font-medium transition-colors",
                  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
                  active ? "bg-primary text-primary-foreground" : "text-foreground hover:bg-muted",
                )}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
