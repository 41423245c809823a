import { plural } from "../inquiry/plural.ts";
import { languageOf, pageLang } from "../i18n/languages.ts";
import {
  type PagefindData,
  type PagefindResult,
  rankByTerms,
  searchEach,
  searchTerms,
} from "./client.ts";
import type { Excerpt } from "./excerpt.ts";
import { searchPhrases } from "./phrases.ts";
import { type ResultView, resultView } from "./results.ts";
import { spellingOf, type Vocabulary, vocabularyOf } from "./spelling.ts";

// Enhances the search page: reads ?q=, shows results as the borrower types, keeps the URL in step.
// The status line and the results region have their room before results come (global.css), so
// nothing on screen moves when they arrive.

const form = document.querySelector<HTMLFormElement>("[data-search-page]");
const input = form?.querySelector<HTMLInputElement>("input[name=q]");
const list = document.querySelector<HTMLOListElement>("#search-results");
const status = document.querySelector<HTMLElement>("#search-status");
const suggestion = document.querySelector<HTMLElement>("#search-suggestion");
const none = document.querySelector<HTMLElement>("#search-none");
const messages = document.querySelector<HTMLElement>("#search-messages")?.dataset ?? {};
const lang = pageLang();
const limit = 10;
/** What a phrase of the query found as written adds to a page: as much as a keyword (client.ts). */
const phraseWeight = 3;

const results = JSON.parse(messages.results ?? "{}");

let vocabulary: Promise<Vocabulary> | undefined;
/**
 * The site's words (vocabulary.ts), fetched with the first search on this page, alongside
 * Pagefind's index: Pagefind answers a word it does not hold with shorter ones ("in" for
 * "indulgensia"), so only the vocabulary tells a typo.
 */
function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= fetch(`/pagefind/vocabulary.${languageOf(lang).tag}.json`)
    .then((response) => (response.ok ? response.json() : []))
    .catch(() => {
      vocabulary = undefined; // try again with the next search
      return [];
    })
    .then(vocabularyOf);
  return vocabulary;
}

/** The query with each word that `fixes` names (as searchTerms writes it) replaced. */
const corrected = (query: string, fixes: Map<string, string>) =>
  query.replace(
    /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)?/gu,
    (word) => fixes.get(word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")) ?? word,
  );

/**
 * The pages for a query, best first. A misspelt word is searched as the nearest word of the
 * site's vocabulary instead, and the query so spelt comes back as a suggestion; a word the site
 * holds nothing like is left out (spelling.ts). A page that holds a phrase of the query as written
 * (phrases.ts) gains `phraseWeight`.
 */
async function find(query: string): Promise<{ views: ResultView[]; suggested?: string }> {
  const terms = searchTerms(query);
  if (!terms.length) return { views: [] };
  const [perTerm, words] = await Promise.all([searchEach(terms), loadVocabulary()]);
  const fixes = new Map<string, string>();
  const spelt = terms.map((term) => spellingOf(term, words, lang));
  for (const [i, term] of terms.entries()) {
    if (spelt[i] === undefined) perTerm[i] = []; // a word the site holds nothing like
    else if (spelt[i] !== term) fixes.set(term, spelt[i]!);
  }
  if (fixes.size) {
    const fixed = await searchEach([...fixes.values()]);
    for (const [i, term] of terms.entries()) {
      if (fixes.has(term)) perTerm[i] = fixed[[...fixes.keys()].indexOf(term)];
    }
  }
  const suggested = fixes.size ? corrected(query, fixes) : undefined;
  for (const hit of (await searchEach(searchPhrases(suggested ?? query))).flat()) {
    const first = perTerm.flat().find((result) => result.id === hit.id);
    if (first) first.score += phraseWeight;
  }
  // Every term's result for a page, so the excerpt marks every word found.
  const byPage = new Map<string, PagefindResult[]>();
  for (const result of perTerm.flat()) {
    byPage.set(result.id, [...byPage.get(result.id) ?? [], result]);
  }
  const views = await Promise.all(
    rankByTerms(perTerm).slice(0, limit).map(async (result) => {
      // One call at a time: Pagefind gives every call for a page the same object, holding the
      // word locations of the latest call.
      const matches: PagefindData[] = [];
      for (const match of byPage.get(result.id)!) {
        const data = await match.data();
        matches.push({ ...data, weighted_locations: [...data.weighted_locations] });
      }
      return resultView(matches);
    }),
  );
  return { views, suggested };
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = element("a", text);
  a.href = href;
  return a;
}

/** Page text only through text nodes: no markup from the index reaches the page. */
function excerptParagraph({ parts, before, after }: Excerpt): HTMLParagraphElement {
  const p = element(
    "p",
    ...parts.map((part) => (part.mark ? element("mark", part.text) : part.text)),
  );
  p.className = "search-excerpt";
  if (before) p.prepend("…");
  if (after) p.append("…");
  return p;
}

function render(views: ResultView[]): void {
  list!.replaceChildren(...views.map((view) => {
    const item = element(
      "li",
      element("h2", link(view.url, view.title)),
      excerptParagraph(view.excerpt),
    );
    if (view.sections.length) {
      const sections = element(
        "ul",
        ...view.sections.map((s) => element("li", link(s.url, s.title))),
      );
      sections.className = "sub-results";
      sections.setAttribute("aria-label", messages.sections!);
      item.append(sections);
    }
    return item;
  }));
}

function showSuggestion(text: string | undefined): void {
  suggestion!.hidden = !text;
  if (!text) return suggestion!.replaceChildren();
  const [before, after] = messages.didYouMean!.split("{suggestion}");
  const a = link(`?q=${encodeURIComponent(text)}`, text);
  a.addEventListener("click", (event) => {
    event.preventDefault();
    input!.value = text;
    run(text);
  });
  suggestion!.replaceChildren(before, a, after);
}

function showNone(query: string | undefined): void {
  none!.hidden = query === undefined;
  if (query !== undefined) {
    none!.querySelector("h2")!.textContent = messages.noneTitle!.replace("{query}", query);
  }
}

let latest = 0;
async function run(query: string): Promise<void> {
  const ticket = ++latest;
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  if (!query.trim()) {
    render([]);
    showSuggestion(undefined);
    showNone(undefined);
    status!.textContent = "";
    return;
  }
  status!.textContent = messages.loading!;
  try {
    const { views, suggested } = await find(query);
    if (ticket !== latest) return; // a newer query has started
    render(views);
    showSuggestion(suggested);
    showNone(views.length ? undefined : query.trim());
    status!.textContent = views.length ? plural(lang, views.length, results) : messages.none!;
  } catch {
    if (ticket === latest) status!.textContent = messages.unavailable!;
  }
}

if (form && input && list && status && suggestion && none) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.value = new URLSearchParams(location.search).get("q") ?? "";
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), 250);
  });
  if (input.value) run(input.value);
}
