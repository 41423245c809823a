// The site's UI words, for the build: pages render them, islands get the parts they show as props.
import { dictionary } from "./dictionary.ts";
import type { UiStrings } from "./ui/en.ts";
import { type Lang, langs } from "./languages.ts";

export type { UiStrings };
export { localizePath, switchLanguagePath } from "./languages.ts";

const ui = dictionary<UiStrings>((lang) => import(`./ui/${lang}.ts`));
await ui.load(...langs);

/** A language's UI words (every language is loaded when the build imports this module). */
export function strings(lang: Lang): UiStrings {
  return ui.get(lang);
}
