interface Props {
  categories: { id: string; name: string }[];
}

/** Jump links to each category; stays at the top while the menu scrolls. */
export function CategoryNav({ categories }: Props) {
  return (
    <nav
      aria-label="Menu categories"
      className="sticky top-0 z-10 -mx-4 border-b border-border bg-background/95 px-4 py-2 backdrop-blur sm:mx-0 sm:rounded-lg sm:border sm:px-2"
    >
      <ul className="flex gap-1 overflow-x-auto">
        {categories.map((category) => (
          <li key={category.id} className="shrink-0">
            <a
              href={`#category-${category.id}`}
              className="inline-flex h-9 items-center rounded-md px-3 text-sm font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
            >
              {category.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
