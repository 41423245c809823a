/** Every language's message words, loaded at once: for the build (guide pages) and for tests. */
import { en } from "./en.ts";
import { es } from "./es.ts";
import { provideMessageWords } from "./index.ts";

provideMessageWords("en", en);
provideMessageWords("es", es);
