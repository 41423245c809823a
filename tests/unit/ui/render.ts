import type { VNode } from "preact";
import { render } from "preact-render-to-string";

/** The HTML a part renders on the server, as the islands' first paint. */
export const html = (node: VNode): string => render(node);

/** The opening tag of the element with this id, with its attributes, or "" when there is none. */
export function tagWithId(markup: string, id: string): string {
  return new RegExp(`<[a-z]+\\b[^>]*\\bid="${id}"[^>]*>`).exec(markup)?.[0] ?? "";
}

/** An attribute's value in an opening tag; undefined when the attribute is absent. */
export function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}
