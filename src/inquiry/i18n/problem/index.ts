import { dictionary } from "../../../i18n/dictionary.ts";
import { problemFile } from "../problem-files.ts";
import type { ProblemWords } from "./en.ts";

export type { ProblemWords };

/**
 * The checker's words load per language with the checker: only the page's language is needed, as
 * problems are said in it. The build and tests load them all with `../all.ts`.
 */
const words = dictionary<ProblemWords>(problemFile);

/** Loads the checker's words of these languages (once each). */
export const loadProblemWords = words.load;

/** What is wrong with a value, or sensitive in it, in one language. */
export const problemWords = words.get;
