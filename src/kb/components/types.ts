import type { ComponentChildren, VNode } from "preact";
import type { z } from "zod";
import type { Lang } from "../../inquiry/categories.ts";

/** What every guide component gets besides its attributes: the guide's language and its content. */
export interface GuideContext {
  lang: Lang;
  children?: ComponentChildren;
}

/** A component a guide may use, with the rules the compiler checks before rendering it. */
export interface GuideComponent<Attributes extends z.ZodType = z.ZodType> {
  /** The attributes an author writes, checked and given defaults; their doc comments document them. */
  attributes: Attributes;
  render: (props: z.output<Attributes> & GuideContext) => VNode;
  /** `block`: renders a block (a div), so it stands on lines of its own; `inline`: also in a sentence. */
  placement: "block" | "inline";
  /** Whether it wraps content (`<Callout>…</Callout>`) or stands alone (`<Deadline … />`). */
  content: "required" | "none";
  /** The only element its content may be, e.g. `ol` for a numbered list, and its name for authors. */
  holds?: { tag: string; name: string };
  /** The one-line usage shown in errors, e.g. `<Deadline rule="…" />`. */
  usage: string;
}

/** Checks a component's definition against its own attribute schema. */
export function guideComponent<Attributes extends z.ZodType>(
  definition: GuideComponent<Attributes>,
): GuideComponent<Attributes> {
  return definition;
}
