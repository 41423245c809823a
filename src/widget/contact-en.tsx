/**
 * The contact widget as the English page hydrates it: with its own language's form words, so
 * the page never downloads the other language's unless a message is written in it.
 */
import { en } from "../inquiry/i18n/form/en.ts";
import { provideFormWords } from "../inquiry/i18n/form/index.ts";

provideFormWords("en", en);

export { default } from "./ContactWidget.tsx";
