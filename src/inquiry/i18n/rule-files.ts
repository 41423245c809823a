import type { Lang } from "../../i18n/languages.ts";
import type { RuleDictionary } from "./rule/en.ts";

type Module = { default: RuleDictionary };

/**
 * The language files in rule/ (`rule/<code>.ts`), one chunk each. In the build, Vite's glob lists
 * them (no index.ts, no import helper); elsewhere (tests, Deno) a plain import by path.
 */
// @ts-ignore: import.meta.env and import.meta.glob exist only in Vite builds, where Vite fills them in
const files: Record<string, () => Promise<Module>> | undefined = import.meta.env
  // @ts-ignore: as above
  ? import.meta.glob(["./rule/*.ts", "!./rule/index.ts"])
  : undefined;

/** A language's file in rule/. */
export const ruleFile = (lang: Lang): Promise<Module> =>
  // @ts-ignore: as above; the build folds this test away, and with it the import by path
  import.meta.env ? files![`./rule/${lang}.ts`]() : import(/* @vite-ignore */ `./rule/${lang}.ts`);
