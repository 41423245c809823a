/**
 * Helpers the audit puts into every page it opens, before the page's own scripts run (a
 * Playwright init script, which a page's CSP does not block). The checks call them through
 * `globalThis.__audit` from `page.evaluate`; the keyboard walk records each Tab stop here.
 */

/** What the keyboard walk learns at one Tab stop; null when focus is on no element. */
export interface Stop {
  /** A selector for the focused element: the same element gives the same key. */
  key: string;
  html: string;
  /** Whether the focus can be seen, and if not, why not. */
  shows: "yes" | "no-change" | "no-size" | "off-screen";
}

export interface InPage {
  cssPath(el: Element): string;
  snippet(el: Element): string;
  /** The innermost elements sticking out past `width` that make the page scroll sideways. */
  overflowing(width: number): Element[];
  /** A rough count of the elements Tab can reach (the walk's budget comes from it). */
  tabbableCount(): number;
  /** Forgets focus and earlier stops, notes how every focusable element looks unfocused. */
  startWalk(): void;
  /** One entry per Tab released since startWalk(). */
  stops: (Stop | null)[];
}

/** Reads the helpers inside the page; only for functions passed to `page.evaluate`. */
export type WithHelpers = typeof globalThis & { __audit: InPage };

/** The init script. Self-contained: Playwright sends its source text to the browser. */
export function installInPage(): void {
  const cssPath = (el: Element): string => {
    const parts: string[] = [];
    let node: Element | null = el;
    while (node && node !== document.documentElement && parts.length < 6) {
      if (node.id) {
        parts.unshift(`#${CSS.escape(node.id)}`);
        break;
      }
      const tag = node.tagName.toLowerCase();
      const parent: Element | null = node.parentElement;
      const same = parent ? [...parent.children].filter((c) => c.tagName === node!.tagName) : [];
      parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(node) + 1})` : tag);
      node = parent;
    }
    return parts.join(" > ") || el.tagName.toLowerCase();
  };

  const snippet = (el: Element): string => {
    const html = el.outerHTML;
    if (html.length <= 300) return html;
    const open = html.match(/^<[^>]*>/)?.[0] ?? html.slice(0, 200);
    return `${open.slice(0, 300)}…`;
  };

  const overflowing = (width: number): Element[] => {
    const scrolls = (el: Element) =>
      ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(el).overflowX);
    const culprits = [...document.body.querySelectorAll("*")].filter((el) => {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= width + 0.5) return false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (scrolls(up)) return false;
      }
      return true;
    });
    return culprits.filter((el) => !culprits.some((other) => other !== el && el.contains(other)));
  };

  /** Every element, open shadow roots included. */
  const allElements = (root: Document | ShadowRoot = document): Element[] =>
    [...root.querySelectorAll("*")].flatMap((el) =>
      el.shadowRoot ? [el, ...allElements(el.shadowRoot)] : [el]
    );

  const tabbableCount = () =>
    allElements().filter((el) =>
      (el as HTMLElement).tabIndex >= 0 && !(el as HTMLButtonElement).disabled &&
      el.getClientRects().length > 0
    ).length;

  /** What makes focus visible on an element: outline, shadow, colours, borders, underline. */
  const look = (el: Element): string => {
    const parts: string[] = [];
    const add = (style: CSSStyleDeclaration) => {
      const outline = style.outlineStyle === "none" || parseFloat(style.outlineWidth) === 0
        ? "none"
        : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`;
      parts.push(
        outline,
        style.boxShadow,
        style.backgroundColor,
        style.color,
        style.borderColor,
        style.borderWidth,
        style.textDecorationLine,
        style.textDecorationThickness,
      );
    };
    add(getComputedStyle(el));
    add(getComputedStyle(el, "::before"));
    add(getComputedStyle(el, "::after"));
    if (el.parentElement) add(getComputedStyle(el.parentElement));
    return parts.join("|");
  };

  /** The focused element, looking inside open shadow roots. */
  const focused = (): Element | null => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };

  let baseline = new Map<Element, string>();
  let walking = false;

  const readStop = (): Stop | null => {
    const el = focused();
    if (!el || el === document.body || el === document.documentElement) return null;
    const rect = el.getBoundingClientRect();
    let shows: Stop["shows"] = "yes";
    if (rect.width < 1 || rect.height < 1) shows = "no-size";
    else if (
      rect.bottom < 0 || rect.right < 0 || rect.top > innerHeight || rect.left > innerWidth
    ) {
      shows = "off-screen";
    } else {
      const before = baseline.get(el);
      const now = look(el);
      if (before !== undefined ? before === now : now.startsWith("none|none|")) shows = "no-change";
    }
    return { key: cssPath(el), html: snippet(el), shows };
  };

  const helpers: InPage = {
    cssPath,
    snippet,
    overflowing,
    tabbableCount,
    stops: [],
    startWalk() {
      (focused() as HTMLElement | null)?.blur?.();
      scrollTo(0, 0);
      const focusable = "a[href], area[href], button, input, select, textarea, summary, " +
        "iframe, [tabindex], [contenteditable]";
      baseline = new Map(
        allElements().filter((el) => el.matches(focusable)).map((el) => [el, look(el)]),
      );
      helpers.stops = [];
      walking = true;
    },
  };
  // Recorded when Tab is released: the key's default action has moved focus by then. A capture
  // listener on window added before the page's scripts runs before any of theirs.
  addEventListener("keyup", (event) => {
    if (walking && event.key === "Tab") helpers.stops.push(readStop());
  }, true);
  (globalThis as WithHelpers).__audit = helpers;
}
