import type { Lang } from "../inquiry/categories.ts";

/** getStaticPaths for a `[...lang]` route: English at the root, Spanish under /es/. */
export function languagePaths(): {
  params: { lang: string | undefined };
  props: { lang: Lang };
}[] {
  return [
    { params: { lang: undefined }, props: { lang: "en" } },
    { params: { lang: "es" }, props: { lang: "es" } },
  ];
}
