/**
 * A web address suggestion from a name: "Café Olé & Co." → "cafe-ole-co". Accents are dropped,
 * everything else that is not a letter or digit becomes one dash; at most 60 characters.
 */
export function suggestSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
}
