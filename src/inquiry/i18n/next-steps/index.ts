import { dictionary } from "../../../i18n/dictionary.ts";
import { nextStepsFile } from "../next-steps-files.ts";
import type { NextStepsWords } from "./en.ts";

export type { NextStepsWords };

/** Loaded by My messages only; the build and tests load them all with `../all.ts`. */
const words = dictionary<NextStepsWords>(nextStepsFile);

/** Loads the next steps' words of these languages (once each). */
export const loadNextStepsWords = words.load;

/** The words after a servicer falls short, in one language. */
export const nextStepsWords = words.get;
