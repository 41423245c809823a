/**
 * The checkable facts of a guide or FAQ: numbers, dollar amounts, legal citations and deadline
 * rule ids. An English file and its Spanish twin must state the same set of each.
 */
import { findCitations, withoutCitations } from "./citations.ts";
import { frontMatter } from "./content-text.ts";

export interface Facts {
  numbers: Set<string>;
  dollars: Set<string>;
  citations: Set<string>;
  deadlines: Set<string>;
}

export type FactKind = keyof Facts;
export const factKinds: FactKind[] = ["numbers", "dollars", "citations", "deadlines"];

const deadlineRule = /<Deadline\b[^>]*?\brule="([^"]+)"/g;
/** A component's title attribute is shown to the reader, so its facts count. */
const titleAttribute = /\btitle="([^"]*)"/g;
const componentTag = /<\/?[A-Z][A-Za-z]*(?:\s[^<>]*?)?\/?>/g;
const markdownLinkTarget = /\]\([^)]*\)/g;
/** "1. " opening a list item or a heading numbers a step; it states no fact. */
const orderedListMarker = /^\s*(?:#+\s+)?\d+[.)]\s/gm;
/** "Step 2" / "Paso 2" numbers a section the same way. */
const stepNumber = /\b(?:step|paso)\s+\d+\b/gi;
const url = /\bhttps?:\/\/[^\s)>"]+/g;
const dollarAmount = /\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;
const numberPattern = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/** "1,234.50" -> "1234.5"; "030" -> "30". */
function normaliseNumber(text: string): string {
  return String(Number(text.replace(/,/g, "")));
}

/** "$1,250.00" and "$1,250" -> "$1250"; "$62.5" and "$62.50" -> "$62.50". */
function normaliseDollars(whole: string, cents: string | undefined): string {
  const value = Number(whole.replace(/,/g, "") + (cents ?? ""));
  return Number.isInteger(value) ? `$${value}` : `$${value.toFixed(2)}`;
}

/** The facts stated in a piece of Markdown or MDX text (front matter excluded). */
export function factsOf(text: string): Facts {
  const deadlines = new Set([...text.matchAll(deadlineRule)].map((m) => m[1]));
  const titles = [...text.matchAll(componentTag)]
    .flatMap((tag) => [...tag[0].matchAll(titleAttribute)].map((m) => m[1]));
  const prose = [text.replace(componentTag, " "), ...titles].join("\n")
    .replace(orderedListMarker, " ")
    .replace(stepNumber, " ")
    .replace(markdownLinkTarget, "]")
    .replace(url, " ");
  const citations = new Set(findCitations(prose));
  const dollars = new Set<string>();
  const rest = withoutCitations(prose).replace(dollarAmount, (_m, whole, cents) => {
    dollars.add(normaliseDollars(whole, cents));
    return " ";
  });
  const numbers = new Set([...rest.matchAll(numberPattern)].map((m) => normaliseNumber(m[0])));
  return { numbers, dollars, citations, deadlines };
}

/** Front matter fields whose text the reader sees. Dates, order and slugs are metadata. */
function frontMatterText(data: Record<string, unknown>): string {
  const fields = ["title", "question", "description", "answer"]
    .map((key) => data[key])
    .filter((value): value is string => typeof value === "string");
  const sources = Array.isArray(data.sources) ? data.sources : [];
  const citations = sources
    .map((s) => (s && typeof s === "object" ? (s as Record<string, unknown>).citation : undefined))
    .filter((value): value is string => typeof value === "string");
  return [...fields, ...citations].join("\n");
}

/** The facts of a whole guide or FAQ file: visible front matter fields and body. */
export function factsOfFile(source: string, file = "content file"): Facts {
  const { data, body } = frontMatter(source, file);
  return factsOf(`${frontMatterText(data)}\n${body}`);
}

export interface FactDifference {
  kind: FactKind;
  onlyInFirst: string[];
  onlyInSecond: string[];
}

/** What one file states that the other does not, per kind of fact. */
export function compareFacts(first: Facts, second: Facts): FactDifference[] {
  return factKinds.flatMap((kind) => {
    const onlyInFirst = [...first[kind]].filter((f) => !second[kind].has(f)).sort();
    const onlyInSecond = [...second[kind]].filter((f) => !first[kind].has(f)).sort();
    return onlyInFirst.length || onlyInSecond.length ? [{ kind, onlyInFirst, onlyInSecond }] : [];
  });
}
