import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { categoryIds } from "./inquiry/categories.ts";
import { guideLoader } from "./kb/guide-loader.ts";
import { topicIds } from "./kb/topics.ts";

/** The knowledge base lives outside src/ so operators edit content without touching code. */
const contentDir = process.env.HELP_CONTENT_DIR ?? "./content";

/**
 * What borrowers call the subject, in the page's language: everyday, regional and abbreviated
 * words and the questions they ask. Not shown; indexed as weighted search metadata.
 */
const keywords = z.array(z.string().trim().min(2).max(80)).max(40).default([]);

/** A rule or document a guide relies on, e.g. "12 CFR 1024.35". */
const source = z.object({
  title: z.string().min(3),
  citation: z.string().min(3).optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
});

const guides = defineCollection({
  loader: guideLoader(`${contentDir}/guides`),
  schema: z.object({
    title: z.string().min(5).max(80),
    /** Meta description and search excerpt fallback. */
    description: z.string().min(20).max(200),
    /** The one-sentence answer shown first on the page. */
    answer: z.string().min(20).max(300),
    topic: z.enum(topicIds),
    /** The contact category the "still need help?" link preselects. */
    category: z.enum(categoryIds),
    /** Optional topic id within that category (see src/inquiry/catalog.ts). */
    inquiryTopic: z.string().regex(/^[a-z0-9-]+$/).optional(),
    lastReviewed: z.coerce.date(),
    sources: z.array(source).min(1),
    related: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    /** Lower numbers come first within a topic. */
    order: z.number().int().default(100),
    /** Set on a page that still shows English text while its translation is pending. */
    untranslated: z.boolean().default(false),
    keywords,
  }),
});

const faqs = defineCollection({
  loader: glob({ pattern: "*/*.md", base: `${contentDir}/faqs` }),
  schema: z.object({
    question: z.string().min(10).max(160),
    topic: z.enum(topicIds),
    /** Slug of the guide that goes deeper. */
    guide: z.string().regex(/^[a-z0-9-]+$/),
    order: z.number().int().default(100),
    /** Shown in the "popular questions" list on the home page. */
    popular: z.boolean().default(false),
    /** Indexed with the guide that shows this answer. */
    keywords,
  }),
});

// The servicer profile is not a collection: src/integrations/profile.ts reads and checks it first.
export const collections = { guides, faqs };
