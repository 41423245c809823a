import type { Lang } from "../../i18n/languages.ts";
import type { NextStepsWords } from "./next-steps/en.ts";

type Module = { default: NextStepsWords };

/**
 * The language files in next-steps/ (`next-steps/<code>.ts`), one chunk each. In the build, Vite's glob lists
 * them (no index.ts, no import helper); elsewhere (tests, Deno) a plain import by path.
 */
// @ts-ignore: import.meta.env and import.meta.glob exist only in Vite builds, where Vite fills them in
const files: Record<string, () => Promise<Module>> | undefined = import.meta.env
  // @ts-ignore: as above
  ? import.meta.glob(["./next-steps/*.ts", "!./next-steps/index.ts"])
  : undefined;

/** A language's file in next-steps/. */
export const nextStepsFile = (lang: Lang): Promise<Module> =>
  // @ts-ignore: as above; the build folds this test away, and with it the import by path
  import.meta.env
    ? files![`./next-steps/${lang}.ts`]()
    : import(/* @vite-ignore */ `./next-steps/${lang}.ts`);
