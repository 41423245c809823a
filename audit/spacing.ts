/**
 * Text spacing (WCAG 1.4.12): applies the criterion's spacing (line height 1.5, paragraph
 * spacing 2, letter spacing 0.12, word spacing 0.16, all in em) through a constructed style
 * sheet, which a page's CSP allows, and reports text that a box then cuts off or lets spill over
 * the content after it. Takes the spacing off again afterwards.
 */
import type { Page } from "@playwright/test";
import type { FailingNode } from "./types.ts";

/** Runs in the page. Self-contained: Playwright sends its source text. */
export function spacingInPage(): Record<string, FailingNode[]> {
  type Helpers = typeof globalThis & {
    __audit: {
      cssPath(el: Element): string;
      snippet(el: Element): string;
      visible(el: Element): boolean;
      text(el: Element | null): string;
    };
  };
  const { cssPath, snippet, visible, text } = (globalThis as Helpers).__audit;
  const candidates = [...document.body.querySelectorAll("*")].filter((el) =>
    el instanceof HTMLElement && !el.matches("input, textarea, select, option, script, style") &&
    !el.closest("[aria-hidden=true]") && visible(el) && el.clientWidth > 2 &&
    el.clientHeight > 2 && [...el.childNodes].some((n) =>
      n.nodeType === Node.TEXT_NODE && n.textContent!.trim() || n instanceof Element && text(n)
    )
  ) as HTMLElement[];
  const hides = (v: string) => v === "hidden" || v === "clip";
  const state = (el: HTMLElement) => {
    const style = getComputedStyle(el);
    const cut = (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
      (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1);
    const spills = style.overflowY === "visible" && el.scrollHeight > el.clientHeight + 2;
    return { cut, spills };
  };
  const before = new Map(candidates.map((el) => [el, state(el)]));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; " +
      "word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }",
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const nodes: FailingNode[] = [];
  try {
    for (const el of candidates) {
      const was = before.get(el)!;
      const now = state(el);
      if (now.cut && !was.cut) {
        nodes.push({
          target: cssPath(el),
          html: snippet(el),
          failureSummary: "Fix this: with WCAG's text spacing this box cuts its text off " +
            `(text ${el.scrollWidth}x${el.scrollHeight} px in a ${el.clientWidth}x` +
            `${el.clientHeight} px box that hides overflow).`,
        });
      } else if (now.spills && !was.spills) {
        const rect = el.getBoundingClientRect();
        const end = rect.top + el.scrollHeight;
        let next: Element | null = el;
        while (next && !next.nextElementSibling) next = next.parentElement;
        const after = next?.nextElementSibling;
        const r = after?.getBoundingClientRect();
        if (
          after && r && text(after) && r.top < end - 1 && r.left < rect.right && r.right > rect.left
        ) {
          nodes.push({
            target: cssPath(el),
            html: snippet(el),
            failureSummary: "Fix this: with WCAG's text spacing this text grows out of its " +
              `${el.clientHeight} px high box and over the text after it.`,
          });
        }
      }
      if (nodes.length >= 10) break;
    }
  } finally {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }
  // Only the innermost box of text cut off inside another.
  return {
    "text-spacing": nodes.filter((n) =>
      !nodes.some((o) => o !== n && o.target !== n.target && o.target.startsWith(n.target))
    ),
  };
}

export function spacing(page: Page): Promise<Record<string, FailingNode[]>> {
  return page.evaluate(spacingInPage);
}
