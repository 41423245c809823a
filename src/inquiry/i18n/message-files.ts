import type { Lang } from "../../i18n/languages.ts";
import type { MessageWords } from "./message/en.ts";

type Module = { default: MessageWords };

/**
 * The language files in message/ (`message/<code>.ts`), one chunk each. In the build, Vite's glob lists
 * them (no index.ts, no import helper); elsewhere (tests, Deno) a plain import by path.
 */
// @ts-ignore: import.meta.env and import.meta.glob exist only in Vite builds, where Vite fills them in
const files: Record<string, () => Promise<Module>> | undefined = import.meta.env
  // @ts-ignore: as above
  ? import.meta.glob(["./message/*.ts", "!./message/index.ts"])
  : undefined;

/** A language's file in message/. */
export const messageFile = (lang: Lang): Promise<Module> =>
  // @ts-ignore: as above; the build folds this test away, and with it the import by path
  import.meta.env
    ? files![`./message/${lang}.ts`]()
    : import(/* @vite-ignore */ `./message/${lang}.ts`);
