/** Every language's problem words, loaded at once: for tests and build-time code. */
import { en } from "./en.ts";
import { es } from "./es.ts";
import { provideProblemWords } from "./index.ts";

provideProblemWords("en", en);
provideProblemWords("es", es);
