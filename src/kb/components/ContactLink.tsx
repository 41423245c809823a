import { z } from "zod";
import { catalog } from "../../inquiry/catalog.ts";
import { categoryIds } from "../../inquiry/categories.ts";
import { contactPath } from "../paths.ts";
import { guideComponent, type GuideContext } from "./types.ts";

/** The attributes of `<ContactLink>`. */
export const contactLinkAttributes = z.strictObject({
  /** The inquiry category the contact form opens with (src/inquiry/categories.ts). */
  category: z.enum(categoryIds),
  /** A topic of that category to preselect too (src/inquiry/catalog.ts). */
  topic: z.string().optional(),
}).superRefine(({ category, topic }, ctx) => {
  const topics = inquiryTopicsOf(category);
  if (topic !== undefined && !topics.includes(topic)) {
    ctx.addIssue({
      code: "custom",
      path: ["topic"],
      input: topic,
      params: { values: topics },
      message: `not a topic of the category "${category}"`,
    });
  }
});

/** The topic ids of an inquiry category, as the contact form offers them. */
export function inquiryTopicsOf(category: z.output<typeof contactLinkAttributes>["category"]) {
  return catalog[category].topics.map((topic) => topic.id as string);
}

/** A link to the contact page with the category (and topic) preselected; its text is Markdown. */
export function ContactLink(
  { category, topic, lang, children }: z.output<typeof contactLinkAttributes> & GuideContext,
) {
  return <a href={contactPath(lang, category, topic)}>{children}</a>;
}

export const contactLink = guideComponent({
  attributes: contactLinkAttributes,
  render: ContactLink,
  placement: "inline",
  content: "required",
  usage: '<ContactLink category="…" topic="…">the link text</ContactLink>',
});
