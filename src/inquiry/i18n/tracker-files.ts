import type { Lang } from "../../i18n/languages.ts";
import type { TrackerWords } from "./tracker/en.ts";

type Module = { default: TrackerWords };

/**
 * The language files in tracker/ (`tracker/<code>.ts`), one chunk each. In the build, Vite's glob lists
 * them (no index.ts, no import helper); elsewhere (tests, Deno) a plain import by path.
 */
// @ts-ignore: import.meta.env and import.meta.glob exist only in Vite builds, where Vite fills them in
const files: Record<string, () => Promise<Module>> | undefined = import.meta.env
  // @ts-ignore: as above
  ? import.meta.glob(["./tracker/*.ts", "!./tracker/index.ts"])
  : undefined;

/** A language's file in tracker/. */
export const trackerFile = (lang: Lang): Promise<Module> =>
  // @ts-ignore: as above; the build folds this test away, and with it the import by path
  import.meta.env
    ? files![`./tracker/${lang}.ts`]()
    : import(/* @vite-ignore */ `./tracker/${lang}.ts`);
