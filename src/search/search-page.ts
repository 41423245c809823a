import { plural as pluralOf } from "../inquiry/plural.ts";
import { searchHelp, type SearchHit } from "./client.ts";

// Enhances the search page: reads ?q=, shows results as the borrower types, keeps the URL in step.

const form = document.querySelector<HTMLFormElement>("[data-search-page]");
const input = form?.querySelector<HTMLInputElement>("input[name=q]");
const list = document.querySelector<HTMLOListElement>("#search-results");
const status = document.querySelector<HTMLElement>("#search-status");
const messages = document.querySelector<HTMLElement>("#search-messages")?.dataset ?? {};

const results = JSON.parse(messages.results ?? "{}");

function plural(count: number): string {
  return pluralOf(document.documentElement.lang, count, results);
}

function render(hits: SearchHit[]): void {
  list!.replaceChildren(...hits.map((hit) => {
    const item = document.createElement("li");
    const heading = document.createElement("h2");
    const link = document.createElement("a");
    link.href = hit.url;
    link.textContent = hit.title;
    heading.append(link);
    const excerpt = document.createElement("p");
    excerpt.innerHTML = hit.excerpt; // Pagefind escapes page text; only <mark> is markup.
    item.append(heading, excerpt);
    if (hit.sections.length) {
      const sections = document.createElement("ul");
      sections.className = "sub-results";
      for (const section of hit.sections) {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = section.url;
        a.textContent = section.title;
        li.append(a);
        sections.append(li);
      }
      item.append(sections);
    }
    return item;
  }));
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
    status!.textContent = "";
    return;
  }
  status!.textContent = messages.loading!;
  try {
    const hits = await searchHelp(query);
    if (ticket !== latest) return; // a newer query has started
    render(hits);
    status!.textContent = hits.length
      ? plural(hits.length)
      : messages.none!.replace("{query}", query.trim());
  } catch {
    status!.textContent = messages.unavailable!;
  }
}

if (form && input && list && status) {
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
