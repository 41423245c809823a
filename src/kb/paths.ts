import type { CategoryId, Lang } from "../inquiry/categories.ts";
import { localizePath } from "../i18n/index.ts";

export function guidePath(lang: Lang, slug: string, hash = ""): string {
  return localizePath(`/guides/${slug}/${hash}`, lang);
}

/** The contact page with a category (and topic) preselected, as guides' calls to action use it. */
export function contactPath(
  lang: Lang,
  category: CategoryId,
  topic?: string,
): string {
  const query = new URLSearchParams({ category, ...(topic ? { topic } : {}) });
  return `${localizePath("/contact/", lang)}?${query}`;
}
