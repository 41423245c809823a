/**
 * The `data-pagefind-meta` value that indexes a guide's borrower words (its own and those of the
 * FAQs it shows) as the `keywords` field, which the search client weighs (client.ts). An inline
 * meta value runs to the end of the attribute, so commas inside it are safe.
 */
export function keywordsMeta(lists: readonly (readonly string[])[]): string | undefined {
  const words = [...new Set(lists.flat().map((word) => word.trim()).filter(Boolean))];
  return words.length ? `keywords:${words.join(", ")}` : undefined;
}
