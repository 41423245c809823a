/**
 * The contact widget as the Spanish page hydrates it: with its own language's form words, so
 * the page never downloads the other language's unless a message is written in it.
 */
import { es } from "../inquiry/i18n/form/es.ts";
import { provideFormWords } from "../inquiry/i18n/form/index.ts";

provideFormWords("es", es);

export { default } from "./ContactWidget.tsx";
