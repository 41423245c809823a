import { dictionary } from "../../../i18n/dictionary.ts";
import { trackerFile } from "../tracker-files.ts";
import type { TrackerWords } from "./en.ts";

export type { TrackerWords };

const words = dictionary<TrackerWords>(trackerFile);

/** Loads the tracker's words of these languages. */
export const loadTrackerWords = words.load;

/** The tracker's words in one language. */
export const trackerWords = words.get;
