import type { Lang } from "../../i18n/languages.ts";
import type { FormWords } from "./form/en.ts";

type Module = { default: FormWords };

/**
 * The language files in form/ (`form/<code>.ts`), one chunk each. In the build, Vite's glob lists
 * them (no index.ts, no import helper); elsewhere (tests, Deno) a plain import by path.
 */
// @ts-ignore: import.meta.env and import.meta.glob exist only in Vite builds, where Vite fills them in
const files: Record<string, () => Promise<Module>> | undefined = import.meta.env
  // @ts-ignore: as above
  ? import.meta.glob(["./form/*.ts", "!./form/index.ts"])
  : undefined;

/** A language's file in form/. */
export const formFile = (lang: Lang): Promise<Module> =>
  // @ts-ignore: as above; the build folds this test away, and with it the import by path
  import.meta.env ? files![`./form/${lang}.ts`]() : import(/* @vite-ignore */ `./form/${lang}.ts`);
