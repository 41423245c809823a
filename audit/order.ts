/**
 * Meaningful sequence and focus order (WCAG 1.3.2, 2.4.3): siblings that CSS shows in another
 * order than the source has them (flex order, reversed flex direction, right floats, grid
 * placement), and positive tabindex. Screen readers and Tab follow the source. One evaluate at
 * the wide width; the function runs in the page.
 */
import type { Page } from "@playwright/test";
import type { FailingNode } from "./types.ts";

/** Runs in the page. Self-contained: Playwright sends its source text. */
export function orderInPage(): Record<string, FailingNode[]> {
  type Helpers = typeof globalThis & {
    __audit: {
      cssPath(el: Element): string;
      snippet(el: Element): string;
      visible(el: Element): boolean;
      text(el: Element | null): string;
    };
  };
  const { cssPath, snippet, visible, text } = (globalThis as Helpers).__audit;
  const nodes: FailingNode[] = [];
  const reorders = (parent: Element, kids: Element[]): string => {
    const style = getComputedStyle(parent);
    const flex = style.display.includes("flex");
    const grid = style.display.includes("grid");
    if (flex && style.flexDirection.endsWith("reverse")) {
      return `flex-direction: ${style.flexDirection}`;
    }
    const styles = kids.map((k) => getComputedStyle(k));
    if ((flex || grid) && styles.some((s) => s.order !== "0")) return "order";
    if (grid && styles.some((s) => s.gridRowStart !== "auto" || s.gridColumnStart !== "auto")) {
      return "grid placement";
    }
    if (styles.filter((s) => s.float === "right").length >= 2) return "float: right";
    return "";
  };
  const rtl = getComputedStyle(document.documentElement).direction === "rtl";
  /** Whether `b`, later in the source, is shown before `a`. */
  const before = (a: DOMRect, b: DOMRect) => {
    if (b.bottom <= a.top + 2) return true;
    const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (overlap < Math.min(a.height, b.height) / 2) return false;
    return rtl ? b.left >= a.right - 2 : b.right <= a.left + 2;
  };
  const label = (el: Element) => `"${text(el).split(" ").slice(0, 4).join(" ")}"`;
  for (const parent of document.body.querySelectorAll("*")) {
    const kids = [...parent.children].filter((k) => visible(k) && text(k));
    if (kids.length < 2) continue;
    const how = reorders(parent, kids);
    if (!how) continue;
    const rects = kids.map((k) => k.getBoundingClientRect());
    const swapped = kids.findIndex((_, i) => i > 0 && before(rects[i - 1], rects[i]));
    if (swapped < 0) continue;
    const shown = kids.map((k, i) => ({ k, r: rects[i] })).sort((x, y) =>
      Math.abs(x.r.top - y.r.top) > Math.min(x.r.height, y.r.height) / 2
        ? x.r.top - y.r.top
        : (rtl ? y.r.left - x.r.left : x.r.left - y.r.left)
    ).map(({ k }) => label(k));
    nodes.push({
      target: cssPath(parent),
      html: snippet(parent),
      failureSummary: `Fix this: ${how} shows these items as ${shown.join(", ")}, but screen ` +
        `readers and Tab meet them as ${kids.map(label).join(", ")}.`,
    });
  }
  for (const el of document.body.querySelectorAll("[tabindex]")) {
    if ((el as HTMLElement).tabIndex > 0) {
      nodes.push({
        target: cssPath(el),
        html: snippet(el),
        failureSummary: `Fix this: tabindex="${el.getAttribute("tabindex")}" puts this element ` +
          "ahead of the page's order for Tab; use 0 and move it in the source.",
      });
    }
  }
  return { "focus-order-visual": nodes };
}

export function order(page: Page): Promise<Record<string, FailingNode[]>> {
  return page.evaluate(orderInPage);
}
