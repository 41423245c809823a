import { type CollectionEntry, getCollection, getEntry } from "astro:content";
import type { Lang } from "../inquiry/categories.ts";
import type { ServicerProfile } from "../inquiry/profile.ts";
import { type TopicId, topicIds } from "./topics.ts";

export type Guide = CollectionEntry<"guides">;
export type Faq = CollectionEntry<"faqs">;

/** Entry ids are "<lang>/<slug>"; pages address guides by slug within a language. */
export function slugOf(entry: { id: string }): string {
  return entry.id.slice(entry.id.indexOf("/") + 1);
}

export async function getGuides(lang: Lang): Promise<Guide[]> {
  const guides = await getCollection(
    "guides",
    (g) => g.id.startsWith(`${lang}/`),
  );
  return guides.sort((a, b) =>
    topicIds.indexOf(a.data.topic) - topicIds.indexOf(b.data.topic) ||
    a.data.order - b.data.order ||
    a.data.title.localeCompare(b.data.title, lang)
  );
}

export async function getGuide(
  lang: Lang,
  slug: string,
): Promise<Guide | undefined> {
  return await getEntry("guides", `${lang}/${slug}`);
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

export async function getFaqs(lang: Lang): Promise<Faq[]> {
  const faqs = await getCollection("faqs", (f) => f.id.startsWith(`${lang}/`));
  return faqs.sort((a, b) =>
    topicIds.indexOf(a.data.topic) - topicIds.indexOf(b.data.topic) ||
    a.data.order - b.data.order
  );
}

export async function getProfile(): Promise<ServicerProfile> {
  const entry = await getEntry("profile", "servicer");
  if (!entry) {
    throw new Error(
      "content/servicer-profile.yaml must define a `servicer:` entry",
    );
  }
  return entry.data;
}
