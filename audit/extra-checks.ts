/**
 * Checks axe cannot make: a keyboard walk (visible focus, no trap), reflow at 320 px and text
 * zoomed to 200%. Each reports its findings as a rule, in the same shape as axe's.
 */
import type { Browser, Page } from "@playwright/test";
import { errorText } from "./axe-run.ts";
import { withPage } from "./browser.ts";
import type { Check, CheckKind, DisabledRule, FailingNode, Violation } from "./types.ts";
import { statusOf } from "./types.ts";

/** The extra rules, described the way axe describes its own. */
export const extraRules: Record<string, Omit<Violation, "nodes">> = {
  "keyboard-focus-visible": {
    ruleId: "keyboard-focus-visible",
    impact: "serious",
    description: "Every element reached with Tab shows a visible focus indicator",
    help: "Give every focusable element a focus style that differs from its unfocused style " +
      "(for example an outline or box-shadow in :focus-visible), and keep it on screen",
    helpUrl: "https://www.w3.org/WAI/WCAG22/Understanding/focus-visible.html",
    tags: ["wcag2aa", "wcag247", "audit-extra"],
  },
  "keyboard-trap": {
    ruleId: "keyboard-trap",
    impact: "critical",
    description: "Tab moves focus through the whole page and out again",
    help: "Let focus leave every element with Tab; do not catch Tab in scripts " +
      "unless a dialog gives another way out",
    helpUrl: "https://www.w3.org/WAI/WCAG22/Understanding/no-keyboard-trap.html",
    tags: ["wcag2a", "wcag212", "audit-extra"],
  },
  "reflow-320": {
    ruleId: "reflow-320",
    impact: "serious",
    description: "At 320 CSS px wide the page does not scroll sideways",
    help: "Let content wrap: avoid fixed widths, use max-width: 100%, break long words, " +
      "and put wide tables or code in their own scrolling container",
    helpUrl: "https://www.w3.org/WAI/WCAG22/Understanding/reflow.html",
    tags: ["wcag21aa", "wcag1410", "audit-extra"],
  },
  "text-zoom-200": {
    ruleId: "text-zoom-200",
    impact: "serious",
    description: "With text at 200% the page keeps all its content: text grows, nothing is " +
      "clipped, nothing scrolls sideways at 1280 px",
    help: "Size text in rem or em, let boxes grow with their text (no fixed heights with " +
      "overflow: hidden), and let lines wrap",
    helpUrl: "https://www.w3.org/WAI/WCAG22/Understanding/resize-text.html",
    tags: ["wcag2aa", "wcag144", "audit-extra"],
  },
};

/** Whether an extra rule runs: one of its tags was asked for and it was not disabled. */
export function extraRuleEnabled(id: string, tags: string[], disabled: DisabledRule[]): boolean {
  const rule = extraRules[id];
  return rule !== undefined && rule.tags.some((tag) => tags.includes(tag)) &&
    !disabled.some((d) => d.id === id);
}

function violation(id: string, nodes: FailingNode[]): Violation[] {
  return nodes.length > 0 ? [{ ...extraRules[id], nodes }] : [];
}

/** The page types the keyboard walk covers, in both languages, among the audited paths. */
export function keyboardPaths(paths: string[]): string[] {
  const guide = paths.find((p) => /^\/guides\/[^/]+\/$/.test(p))?.replace(/^\/guides/, "");
  const types = ["/", "/faq/", "/search/", "/contact/", "/accessibility/"];
  if (guide) types.splice(1, 0, `/guides${guide}`);
  const out: string[] = [];
  for (const prefix of ["", "/es"]) {
    for (const type of types) {
      const path = prefix + type;
      if (paths.includes(path)) out.push(path);
    }
    out.push(prefix === "" ? "/404.html" : "/es/404/");
  }
  return out;
}

/** Puts helpers in the page: a readable selector, an HTML snippet, culprits of overflow. */
function installHelpers() {
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
    return parts.join(" > ");
  };
  const snippet = (el: Element): string => {
    const html = el.outerHTML;
    if (html.length <= 300) return html;
    const open = html.match(/^<[^>]*>/)?.[0] ?? html.slice(0, 200);
    return `${open.slice(0, 300)}…`;
  };
  /** Elements sticking out past `width` that cause page scrolling; the innermost ones. */
  const overflowing = (width: number): Element[] => {
    const scrolls = (el: Element) => {
      const style = getComputedStyle(el);
      return ["auto", "scroll", "hidden", "clip"].includes(style.overflowX);
    };
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
  Object.assign(globalThis, { __audit: { cssPath, snippet, overflowing } });
}

interface Helpers {
  cssPath(el: Element): string;
  snippet(el: Element): string;
  overflowing(width: number): Element[];
}

/** The look of an element when it has focus that matters for seeing it; same shape unfocused. */
function installFocusStyles() {
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
  (document.activeElement as HTMLElement | null)?.blur?.();
  const baseline = new Map<Element, string>();
  const focusable = "a[href], area[href], button, input, select, textarea, summary, iframe, " +
    "[tabindex], [contenteditable]";
  for (const el of document.querySelectorAll(focusable)) baseline.set(el, look(el));
  Object.assign(globalThis, { __focus: { look, baseline } });
}

interface FocusState {
  look(el: Element): string;
  baseline: Map<Element, string>;
}

/** What the keyboard walk learns at each Tab stop. */
export interface Stop {
  key: string;
  html: string;
  /** undefined when nothing in the page has focus (it went to the browser). */
  shows?: "yes" | "no-change" | "no-size" | "off-screen";
}

function readStop(): Stop | null {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const { cssPath, snippet } = (globalThis as unknown as { __audit: Helpers }).__audit;
  const { look, baseline } = (globalThis as unknown as { __focus: FocusState }).__focus;
  const rect = el.getBoundingClientRect();
  let shows: Stop["shows"] = "yes";
  if (rect.width < 1 || rect.height < 1) shows = "no-size";
  else if (
    rect.bottom < 0 || rect.right < 0 || rect.top > innerHeight || rect.left > innerWidth
  ) shows = "off-screen";
  else {
    const before = baseline.get(el);
    const now = look(el);
    if (before !== undefined ? before === now : now.startsWith("none|none|")) {
      shows = "no-change";
    }
  }
  return { key: cssPath(el), html: snippet(el), shows };
}

/** The verdict of a keyboard walk, from its stops; pure, so it can be tested. */
export function judgeWalk(stops: (Stop | null)[], maxStops: number): {
  focus: FailingNode[];
  trap: FailingNode[];
} {
  const focus: FailingNode[] = [];
  const trap: FailingNode[] = [];
  const why = {
    "no-change": "Fix this: the element looks the same focused and unfocused (outline, " +
      "box-shadow, border, background, colour and underline are unchanged).",
    "no-size": "Fix this: the focused element has no size, so focus is invisible; hide it " +
      "from the tab order too, or show it when focused.",
    "off-screen": "Fix this: the focused element is outside the viewport; show it when focused.",
  };
  const seen = new Set<string>();
  const first = stops.find((s) => s !== null)?.key;
  let done = false;
  for (let i = 0; i < stops.length; i++) {
    const stop = stops[i];
    if (stop === null) {
      if (seen.size > 0 || i > 0) { // focus left the page: the walk went all the way round
        done = true;
        break;
      }
      continue;
    }
    if (seen.has(stop.key)) {
      if (stop.key === first) {
        done = true;
        break;
      }
      const previous = stops[i - 1];
      trap.push({
        target: stop.key,
        html: stop.html,
        failureSummary: previous?.key === stop.key
          ? "Fix this: Tab does not move focus away from this element."
          : "Fix this: Tab cycles back to this element without reaching the rest of the page " +
            "(focus is held in a loop).",
      });
      done = true;
      break;
    }
    seen.add(stop.key);
    if (stop.shows && stop.shows !== "yes") {
      focus.push({ target: stop.key, html: stop.html, failureSummary: why[stop.shows] });
    }
  }
  if (!done && stops.length >= maxStops) {
    const last = stops.at(-1);
    trap.push({
      target: last?.key ?? "html",
      html: last?.html ?? "",
      failureSummary: `Fix this: after ${maxStops} presses of Tab focus had not returned to ` +
        "the start of the page or left it.",
    });
  }
  return { focus, trap };
}

const maxStops = 300;

async function walk(page: Page): Promise<(Stop | null)[]> {
  await page.evaluate(installHelpers);
  await page.evaluate(installFocusStyles);
  const stops: (Stop | null)[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(readStop);
    stops.push(stop);
    if (stop === null && (seen.size > 0 || i > 0)) break;
    if (stop && seen.has(stop.key)) break;
    if (stop) seen.add(stop.key);
  }
  return stops;
}

async function guarded(
  kind: CheckKind,
  path: string,
  variant: string,
  run: () => Promise<Violation[] | { violations: Violation[]; note: string }>,
): Promise<Check> {
  const started = Date.now();
  try {
    const found = await run();
    const { violations, note } = Array.isArray(found)
      ? { violations: found, note: undefined }
      : found;
    return {
      kind,
      page: path,
      variant,
      status: statusOf(violations),
      violations,
      ...(note ? { note } : {}),
      durationMs: Date.now() - started,
    };
  } catch (error) {
    return {
      kind,
      page: path,
      variant,
      status: "error",
      violations: [],
      note: errorText(error),
      durationMs: Date.now() - started,
    };
  }
}

/** Tabs through the page from the top: every stop must show focus, and focus must come back. */
export function keyboardWalk(
  browser: Browser,
  base: string,
  path: string,
  rules: { focus: boolean; trap: boolean },
): Promise<Check> {
  return guarded(
    "keyboard",
    path,
    "1280px light, Tab",
    () =>
      withPage(browser, { width: 1280, height: 900, colorScheme: "light" }, async (page) => {
        await page.goto(new URL(path, base).href, { waitUntil: "load" });
        // Walk islands (the contact widget) as users meet them: hydrated.
        if (await page.locator("astro-island").count() > 0) {
          await page.locator("astro-island:not([ssr])").first().waitFor({ state: "attached" });
        }
        const stops = await walk(page);
        const { focus, trap } = judgeWalk(stops, maxStops);
        const reached = new Set(stops.filter((s) => s !== null).map((s) => s!.key)).size;
        return {
          violations: [
            ...(rules.focus ? violation("keyboard-focus-visible", focus) : []),
            ...(rules.trap ? violation("keyboard-trap", trap) : []),
          ],
          note: `${reached} Tab stops`,
        };
      }),
  );
}

/**
 * Narrows a loaded page to 320 px: it must not scroll sideways. Runs on the page the 375 px axe
 * checks loaded (the site's layout is CSS only, so resizing equals loading at 320 px).
 */
export function reflow320(page: Page, path: string): Promise<Check> {
  return guarded(
    "reflow",
    path,
    "320px light",
    async () => {
      await page.emulateMedia({ colorScheme: "light" });
      await page.setViewportSize({ width: 320, height: 640 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      await page.evaluate(installHelpers);
      const found = await page.evaluate(() => {
        const { overflowing, cssPath, snippet } =
          (globalThis as unknown as { __audit: Helpers }).__audit;
        const scrollWidth = document.documentElement.scrollWidth;
        if (scrollWidth <= 320) return [];
        const culprits = overflowing(320).slice(0, 10);
        const summary = `Fix this: the page is ${scrollWidth} px wide at a 320 px viewport`;
        return culprits.length > 0
          ? culprits.map((el) => ({
            target: cssPath(el),
            html: snippet(el),
            failureSummary: `${summary}; this element ends at ${
              Math.round(el.getBoundingClientRect().right)
            } px.`,
          }))
          : [{ target: "html", html: "<html>", failureSummary: `${summary}.` }];
      });
      return violation("reflow-320", found);
    },
  );
}

/**
 * Sets text to 200% (root font size) on a loaded 1280 px page: text must grow, stay whole and
 * not overflow. Runs last on the page the 1280 px axe checks loaded, as it changes the page.
 */
export function textZoom200(page: Page, path: string): Promise<Check> {
  return guarded(
    "zoom",
    path,
    "1280px light, text 200%",
    async () => {
      await page.emulateMedia({ colorScheme: "light" });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.evaluate(installHelpers);
      const sample = () => {
        const { cssPath, snippet } = (globalThis as unknown as { __audit: Helpers }).__audit;
        const pick = [
          document.querySelector("h1"),
          document.querySelector("main p"),
          document.querySelector("main a, main button, main label"),
        ].filter((el): el is Element => el !== null);
        return pick.map((el) => ({
          size: parseFloat(getComputedStyle(el).fontSize),
          target: cssPath(el),
          html: snippet(el),
        }));
      };
      const before = await page.evaluate(sample);
      // Through the CSSOM, which the page's CSP allows (an injected <style> would be blocked).
      await page.evaluate(() =>
        document.documentElement.style.setProperty("font-size", "200%", "important")
      );
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      const after = await page.evaluate(sample);
      const found = await page.evaluate(() => {
        const { overflowing, cssPath, snippet } =
          (globalThis as unknown as { __audit: Helpers }).__audit;
        const nodes: FailingNode[] = [];
        const scrollWidth = document.documentElement.scrollWidth;
        if (scrollWidth > 1280) {
          for (const el of overflowing(1280).slice(0, 10)) {
            nodes.push({
              target: cssPath(el),
              html: snippet(el),
              failureSummary: `Fix this: with text at 200% the page is ${scrollWidth} px wide ` +
                `at 1280 px; this element ends at ${
                  Math.round(el.getBoundingClientRect().right)
                } px.`,
            });
          }
        }
        // Text cut off by a box that does not grow with it (visually hidden text excepted).
        const clipped = [...document.body.querySelectorAll("*")].filter((el) => {
          if (!(el instanceof HTMLElement) || !el.innerText?.trim()) return false;
          const style = getComputedStyle(el);
          if (style.visibility === "hidden" || style.display === "none") return false;
          const hides = (v: string) => v === "hidden" || v === "clip";
          if (!hides(style.overflowX) && !hides(style.overflowY)) return false;
          if (el.clientWidth <= 2 || el.clientHeight <= 2) return false; // visually hidden
          return el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
        }).slice(0, 10);
        for (const el of clipped) {
          nodes.push({
            target: cssPath(el),
            html: snippet(el),
            failureSummary: "Fix this: with text at 200% this box cuts its text off " +
              `(content ${el.scrollWidth}x${el.scrollHeight} px in a ` +
              `${el.clientWidth}x${el.clientHeight} px box with overflow hidden).`,
          });
        }
        const h1 = document.querySelector("h1");
        const rect = h1?.getBoundingClientRect();
        if (h1 && rect && (rect.width < 1 || rect.height < 1 || rect.left < 0)) {
          nodes.push({
            target: cssPath(h1),
            html: snippet(h1),
            failureSummary: "Fix this: with text at 200% the main heading is not visible.",
          });
        }
        return nodes;
      });
      before.forEach(({ size, target, html }, i) => {
        const grown = after[i]?.size;
        if (grown !== undefined && grown < size * 1.5) {
          found.push({
            target,
            html,
            failureSummary: `Fix this: this text did not grow with the root font size ` +
              `(${size} px before, ${grown} px at 200%); size it in rem or em.`,
          });
        }
      });
      return violation("text-zoom-200", found);
    },
  );
}
