import { defaultLang, type Lang, langs } from "./languages.ts";

/** getStaticPaths for a `[...lang]` route: the first language at the root, each other in its folder. */
export function languagePaths(): {
  params: { lang: string | undefined };
  props: { lang: Lang };
}[] {
  return langs.map((lang) => ({
    params: { lang: lang === defaultLang ? undefined : lang },
    props: { lang },
  }));
}
