import { z } from "zod";
import { guideComponent, type GuideContext } from "./types.ts";

/** `<Steps>` takes no attributes. */
export const stepsAttributes = z.strictObject({});

/** Numbered steps: wraps a Markdown numbered list (`1. …`) so the page styles it as steps. */
export function Steps({ children }: GuideContext) {
  return <div class="steps">{children}</div>;
}

export const steps = guideComponent({
  attributes: stepsAttributes,
  render: Steps,
  placement: "block",
  content: "required",
  holds: { tag: "ol", name: "a numbered list (1. …)" },
  usage: "<Steps>, then a numbered list, then </Steps>",
});
