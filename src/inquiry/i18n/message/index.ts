import { dictionary } from "../../../i18n/dictionary.ts";
import { messageFile } from "../message-files.ts";
import type { MessageWords } from "./en.ts";

export type { MessageWords };

/**
 * The result's words load per language, when a message is first built: a borrower writing in the
 * page's language never downloads another one. The build and tests load them all with
 * `../all.ts`.
 */
const words = dictionary<MessageWords>(messageFile);

/** Loads the words of these languages (once each). */
export const loadMessageWords = words.load;

/** The words a message, its deadlines and the advice on tone are written with, in one language. */
export const messageWords = words.get;
