/** Every language's form words, loaded at once: for the build and for tests. */
import { en } from "./en.ts";
import { es } from "./es.ts";
import { provideFormWords } from "./index.ts";

provideFormWords("en", en);
provideFormWords("es", es);
