// Long topics get pages of their own, so no list page grows with the number of guides: the guides
// index and the home page list a topic's first guides and link to the rest.
import { type Lang, localizePath } from "../i18n/languages.ts";
import type { TopicId } from "./topics.ts";

/** Guides the guides index lists per topic (this site's largest topic has 6). */
export const indexPerTopic = 12;

/** Guides per topic page: about 4 KB gzip, well within a page's 15 KB budget. */
export const topicPageSize = 50;

/** Whether a topic of `count` guides has pages of its own. */
export const hasTopicPages = (count: number): boolean => count > indexPerTopic;

/** A topic's first page, in a language. */
export const topicPath = (lang: Lang, topic: TopicId): string =>
  localizePath(`/topics/${topic}/`, lang);

/** Where "All N guides on this topic" leads: the topic's pages, or its part of the guides index. */
export const allInTopicPath = (lang: Lang, topic: TopicId, count: number): string =>
  hasTopicPages(count)
    ? topicPath(lang, topic)
    : `${localizePath("/guides/", lang)}#topic-${topic}`;
