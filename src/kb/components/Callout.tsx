import { z } from "zod";
import { strings } from "../../i18n/index.ts";
import { guideComponent, type GuideContext } from "./types.ts";

export const calloutTypes = ["note", "tip", "warning"] as const;

/** The attributes of `<Callout>`. */
export const calloutAttributes = z.strictObject({
  /** How it stands out: `note` (the default), `tip`, or `warning` (titled "Important"). */
  type: z.enum(calloutTypes).default("note"),
  /** The title shown first; by default the type's name in the guide's language ("Tip", "Consejo"). */
  title: z.string().trim().min(1).optional(),
});

/** A note set apart from the text, with a title; its content is Markdown. */
export function Callout(
  { type, title, lang, children }: z.output<typeof calloutAttributes> & GuideContext,
) {
  return (
    <div class={`callout ${type}`} role="note">
      <p class="callout-title">{title ?? strings(lang).callout[type]}</p>
      {children}
    </div>
  );
}

export const callout = guideComponent({
  attributes: calloutAttributes,
  render: Callout,
  placement: "block",
  content: "required",
  usage: '<Callout type="tip" title="…">, the text, </Callout>',
});
