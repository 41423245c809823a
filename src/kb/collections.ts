import { type CollectionEntry, getCollection } from "astro:content";
import { defaultLang, type Lang } from "../i18n/languages.ts";
import { type TopicId, topicIds } from "./topics.ts";

export type Guide = CollectionEntry<"guides">;
export type Faq = CollectionEntry<"faqs">;

/** Entry ids are "<lang>/<slug>"; pages address guides by slug within a language. */
export function slugOf(entry: { id: string }): string {
  return entry.id.slice(entry.id.indexOf("/") + 1);
}

/**
 * Remembers a list for the rest of the build: every page asks for the same ones, and Astro's
 * getCollection copies every entry of a collection on each call. The dev server reloads content
 * between requests, so there nothing is kept.
 */
function perBuild<T>(load: (lang: Lang) => Promise<T>): (lang: Lang) => Promise<T> {
  const kept = new Map<Lang, Promise<T>>();
  return (lang) => {
    if (import.meta.env.DEV) return load(lang);
    if (!kept.has(lang)) kept.set(lang, load(lang));
    return kept.get(lang)!;
  };
}

/**
 * A language's guides in topic order: its own, and the first language's where it has none yet
 * (shown with a notice; see `isUntranslated`). Shared: do not modify the list.
 */
export const getGuides = perBuild(async (lang): Promise<Guide[]> => {
  const own = await getCollection("guides", (g) => g.id.startsWith(`${lang}/`));
  const slugs = new Set(own.map(slugOf));
  const fallback = lang === defaultLang ? [] : await getCollection(
    "guides",
    (g) => g.id.startsWith(`${defaultLang}/`) && !slugs.has(slugOf(g)),
  );
  return [...own, ...fallback].sort((a, b) =>
    topicIds.indexOf(a.data.topic) - topicIds.indexOf(b.data.topic) ||
    a.data.order - b.data.order ||
    a.data.title.localeCompare(b.data.title, lang)
  );
});

/**
 * A guide in a language, or in the first language while it has no translation. Read from the
 * language's list: `getEntry` would warn about every guide not yet translated.
 */
export async function getGuide(
  lang: Lang,
  slug: string,
): Promise<Guide | undefined> {
  return (await getGuides(lang)).find((guide) => slugOf(guide) === slug);
}

/** Whether a guide shown in `lang` is still the first language's text (or flagged so). */
export function isUntranslated(guide: Guide, lang: Lang): boolean {
  return !guide.id.startsWith(`${lang}/`) || guide.data.untranslated;
}

export async function guidesByTopic(
  lang: Lang,
): Promise<Map<TopicId, Guide[]>> {
  const byTopic = new Map<TopicId, Guide[]>();
  for (const guide of await getGuides(lang)) {
    byTopic.set(guide.data.topic, [
      ...(byTopic.get(guide.data.topic) ?? []),
      guide,
    ]);
  }
  return byTopic;
}

/** A language's FAQs in topic order (shared: do not modify the list). */
export const getFaqs = perBuild(async (lang): Promise<Faq[]> => {
  const faqs = await getCollection("faqs", (f) => f.id.startsWith(`${lang}/`));
  return faqs.sort((a, b) =>
    topicIds.indexOf(a.data.topic) - topicIds.indexOf(b.data.topic) ||
    a.data.order - b.data.order
  );
});

const faqsByGuide = perBuild(async (lang) => {
  const bySlug = new Map<string, Faq[]>();
  for (const faq of await getFaqs(lang)) {
    bySlug.set(faq.data.guide, [...(bySlug.get(faq.data.guide) ?? []), faq]);
  }
  return bySlug;
});

/** The FAQs whose `guide` field names this guide, in topic order. */
export async function faqsForGuide(lang: Lang, slug: string): Promise<Faq[]> {
  return (await faqsByGuide(lang)).get(slug) ?? [];
}
