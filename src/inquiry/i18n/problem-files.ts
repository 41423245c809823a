import type { Lang } from "../../i18n/languages.ts";
import type { ProblemWords } from "./problem/en.ts";

type Module = { default: ProblemWords };

/**
 * The language files in problem/ (`problem/<code>.ts`), one chunk each. In the build, Vite's glob lists
 * them (no index.ts, no import helper); elsewhere (tests, Deno) a plain import by path.
 */
// @ts-ignore: import.meta.env and import.meta.glob exist only in Vite builds, where Vite fills them in
const files: Record<string, () => Promise<Module>> | undefined = import.meta.env
  // @ts-ignore: as above
  ? import.meta.glob(["./problem/*.ts", "!./problem/index.ts"])
  : undefined;

/** A language's file in problem/. */
export const problemFile = (lang: Lang): Promise<Module> =>
  // @ts-ignore: as above; the build folds this test away, and with it the import by path
  import.meta.env
    ? files![`./problem/${lang}.ts`]()
    : import(/* @vite-ignore */ `./problem/${lang}.ts`);
