/**
 * Keyboard operable (WCAG 2.1.1): elements that act on click (a click listener, or a pointer
 * cursor over a listener) or claim an interactive role, but that Tab cannot reach or that have
 * nothing to answer Enter or Space. Needs the listeners from audit/listeners.ts.
 */
import type { Page } from "@playwright/test";
import type { FailingNode } from "./types.ts";

/** Runs in the page. Self-contained: Playwright sends its source text. */
export function operableInPage(): Record<string, FailingNode[]> {
  type Helpers = typeof globalThis & {
    __audit: {
      cssPath(el: Element): string;
      snippet(el: Element): string;
      visible(el: Element): boolean;
      text(el: Element | null): string;
      native(el: Element): boolean;
      listeners: Map<EventTarget, Set<string>>;
    };
  };
  const { cssPath, snippet, visible, text, native, listeners } = (globalThis as Helpers).__audit;
  const nodes: FailingNode[] = [];
  const clicks = ["click", "mousedown", "mouseup", "pointerdown", "pointerup"];
  const keys = ["keydown", "keyup", "keypress"];
  const has = (el: EventTarget, types: string[]) => types.some((t) => listeners.get(el)?.has(t));
  /** A key listener on the element or above it, up to the document (delegation). */
  const keyed = (el: Element) => {
    for (let up: Element | null = el; up; up = up.parentElement) if (has(up, keys)) return true;
    return has(document, keys);
  };
  const clickedAbove = (el: Element) => {
    for (let up: Element | null = el; up; up = up.parentElement) if (has(up, clicks)) return true;
    return has(document, clicks);
  };
  const interactiveInside = (el: Element) =>
    el.querySelector(
      "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])",
    ) !== null;
  const insideNative = (el: Element) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (native(up)) return true;
    return false;
  };
  const focusable = (el: Element) => (el as HTMLElement).tabIndex >= 0;
  const report = (el: Element, why: string) =>
    nodes.push({ target: cssPath(el), html: snippet(el), failureSummary: why });
  const done = new Set<Element>();
  const label = (el: Element) => `"${text(el).slice(0, 40)}"`;

  const roles = "button, link, checkbox, radio, switch, tab, menuitem, menuitemcheckbox, " +
    "menuitemradio, slider, spinbutton, treeitem, option";
  for (const el of document.body.querySelectorAll("*")) {
    if (done.has(el) || !visible(el) || native(el) || insideNative(el)) continue;
    if (el.closest("[aria-disabled=true], [inert], [aria-hidden=true]")) continue;
    const role = el.getAttribute("role") ?? "";
    const clicked = has(el, clicks);
    const pointer = getComputedStyle(el).cursor === "pointer" &&
      getComputedStyle(el.parentElement ?? el).cursor !== "pointer" && clickedAbove(el);
    const claims = roles.split(", ").includes(role);
    if (!clicked && !pointer && !claims) continue;
    if (interactiveInside(el)) continue;
    // Composite widgets move focus themselves (aria-activedescendant, roving tabindex).
    if (el.closest("[aria-activedescendant]")) continue;
    if (
      claims && el.getAttribute("tabindex") === "-1" && el.parentElement &&
      [...el.parentElement.children].some((s) => s !== el && (s as HTMLElement).tabIndex === 0)
    ) {
      continue;
    }
    done.add(el);
    if (!focusable(el)) {
      report(
        el,
        `Fix this: ${label(el)} ${
          claims ? `has role="${role}"` : "acts on a mouse click"
        } but Tab cannot reach it (no tabindex).`,
      );
    } else if (!keyed(el)) {
      report(
        el,
        `Fix this: ${label(el)} can be focused but nothing listens for Enter or Space, so ` +
          "the keyboard cannot use it.",
      );
    }
  }
  // Text and boxes put in the tab order though they do nothing.
  const still: FailingNode[] = [];
  for (const el of document.body.querySelectorAll("[tabindex]")) {
    if ((el as HTMLElement).tabIndex < 0 || native(el) || el.getAttribute("role")) continue;
    if (has(el, [...clicks, ...keys]) || !visible(el) || interactiveInside(el)) continue;
    const style = getComputedStyle(el);
    // A box that scrolls must take focus so the keyboard can scroll it.
    if (/(auto|scroll)/.test(style.overflowX + style.overflowY)) continue;
    still.push({
      target: cssPath(el),
      html: snippet(el),
      failureSummary: `Fix this: ${label(el)} takes keyboard focus (tabindex) but does nothing; ` +
        "keyboard users have to Tab past it.",
    });
  }
  // Links dressed as buttons must also answer Space, which links do not.
  for (const a of document.body.querySelectorAll("a[href][role=button]")) {
    if (visible(a) && !keyed(a)) {
      report(
        a,
        `Fix this: ${label(a)} is a link with role="button": Space, which activates buttons, ` +
          "does nothing on it. Use a <button>.",
      );
    }
  }
  return { "keyboard-operable": nodes, "focusable-without-purpose": still };
}

export function operable(page: Page): Promise<Record<string, FailingNode[]>> {
  return page.evaluate(operableInPage);
}
