/**
 * Content on hover or focus (WCAG 1.4.13) and hover-only content (2.1.1). Triggers are found
 * from CSS rules whose :hover or :focus styles another element, from mouse listeners
 * (audit/listeners.ts) and from aria-describedby tooltips. Each trigger is hovered with the real
 * mouse; what appears must stay while the pointer moves onto it, not go away by itself (pending
 * timers are run at once), and go on Escape (unless it covers nothing); and what hovering shows
 * must also show when the trigger gets keyboard focus.
 */
import type { Page } from "@playwright/test";
import type { FailingNode } from "./types.ts";

interface Trigger {
  target: string;
  html: string;
  x: number;
  y: number;
}

type Helpers = typeof globalThis & {
  __audit: {
    cssPath(el: Element): string;
    snippet(el: Element): string;
    visible(el: Element): boolean;
    text(el: Element | null): string;
    all(): Element[];
    listeners: Map<EventTarget, Set<string>>;
    flushTimers(since: number): number;
    hoverSeen?: WeakSet<Element>;
    hoverShown?: Element[];
  };
};

/** Runs in the page: up to `max` triggers, in the viewport after scrolling to each. */
export function findTriggers(max: number): string[] {
  const { cssPath, visible, listeners } = (globalThis as Helpers).__audit;
  const found = new Set<Element>();
  const reveal = /display|visibility|opacity|clip|transform|height|left|top|right|bottom/;
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) {
        if (!reveal.test(rule.style.cssText)) continue;
        for (const part of rule.selectorText.split(",")) {
          const at = part.search(/:(hover|focus-within|focus)(?=[\s>+~])/);
          if (at < 0) continue;
          const trigger = part.slice(0, at).replace(/:[\w-]+(\([^)]*\))?/g, "").trim();
          try {
            for (const el of document.querySelectorAll(trigger || "*")) found.add(el);
          } catch {
            // a selector this browser cannot query
          }
        }
      } else if ("cssRules" in rule) {
        visit((rule as CSSGroupingRule).cssRules);
      }
    }
  };
  for (const sheet of document.styleSheets) {
    try {
      visit(sheet.cssRules);
    } catch {
      // a cross-origin sheet
    }
  }
  for (const [el, types] of listeners) {
    if (
      el instanceof Element && el !== document.body && el !== document.documentElement &&
      ["mouseover", "mouseenter", "pointerover", "pointerenter"].some((t) => types.has(t))
    ) {
      found.add(el);
    }
  }
  for (const el of document.querySelectorAll("[aria-describedby]")) {
    const ids = el.getAttribute("aria-describedby")!.split(/\s+/);
    if (ids.some((id) => document.getElementById(id)?.matches("[role=tooltip]"))) found.add(el);
  }
  return [...found].filter((el) => visible(el) && el !== document.body).slice(0, max)
    .map(cssPath);
}

/** Runs in the page: notes what is visible now, before the trigger is hovered. */
export function snapshotVisible(): void {
  const a = (globalThis as Helpers).__audit;
  a.hoverSeen = new WeakSet(a.all().filter((el) => a.visible(el)));
}

/** Runs in the page: what became visible since the snapshot (outermost, with text or links). */
export function newlyVisible(): {
  target: string;
  html: string;
  x: number;
  y: number;
  covers: boolean;
  links: boolean;
}[] {
  const a = (globalThis as Helpers).__audit;
  for (const anim of document.getAnimations()) {
    try {
      if (anim.effect?.getComputedTiming().iterations !== Infinity) anim.finish();
    } catch {
      // an animation that cannot finish
    }
  }
  const fresh = a.all().filter((el) => !a.hoverSeen!.has(el) && a.visible(el));
  const outer = fresh.filter((el) => !fresh.includes(el.parentElement!) && a.text(el));
  a.hoverShown = outer;
  return outer.slice(0, 3).map((el) => {
    const r = el.getBoundingClientRect();
    const position = getComputedStyle(el).position;
    return {
      target: a.cssPath(el),
      html: a.snippet(el),
      x: r.left + r.width / 2,
      y: r.top + r.height / 2,
      covers: position === "absolute" || position === "fixed",
      links: el.querySelector("a[href], button, input, select, textarea") !== null ||
        el.matches("a[href], button"),
    };
  });
}

/** Runs in the page: whether the element at `target` is visible. */
export function stillVisible(target: string): boolean {
  const a = (globalThis as Helpers).__audit;
  const el = a.hoverShown?.find((e) => a.cssPath(e) === target) ?? document.querySelector(target);
  return el !== null && el !== undefined && a.visible(el);
}

async function place(page: Page, target: string): Promise<Trigger | undefined> {
  const box = await page.evaluate((selector) => {
    const a = (globalThis as Helpers).__audit;
    const el = document.querySelector(selector);
    if (!el) return undefined;
    el.scrollIntoView({ block: "center" });
    const r = el.getBoundingClientRect();
    return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2, html: a.snippet(el) };
  }, target);
  return box ? { target, ...box } : undefined;
}

const settle = (page: Page) =>
  page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(done), 120)));

export async function hover(page: Page, max = 6): Promise<Record<string, FailingNode[]>> {
  const hoverNodes: FailingNode[] = [];
  const onlyNodes: FailingNode[] = [];
  const targets = await page.evaluate(findTriggers, max);
  for (const target of targets) {
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
    await settle(page);
    const trigger = await place(page, target);
    if (!trigger) continue;
    await page.evaluate(snapshotVisible);
    const started = await page.evaluate(() => performance.now());
    await page.mouse.move(trigger.x, trigger.y, { steps: 2 });
    await settle(page);
    const shown = await page.evaluate(newlyVisible);
    if (shown.length === 0) continue;
    const content = shown[0];
    const fail = (why: string) =>
      hoverNodes.push({ target: trigger.target, html: trigger.html, failureSummary: why });
    // Hoverable: the pointer moves from the trigger onto the content.
    await page.mouse.move(content.x, content.y, { steps: 8 });
    await settle(page);
    if (!(await page.evaluate(stillVisible, content.target))) {
      fail(
        `Fix this: hovering shows ${content.target}, but it goes away when the pointer moves ` +
          "onto it.",
      );
      continue;
    }
    // Persistent: run the timers set since hovering began.
    await page.evaluate((since) => (globalThis as Helpers).__audit.flushTimers(since), started);
    await settle(page);
    if (!(await page.evaluate(stillVisible, content.target))) {
      fail(`Fix this: hovering shows ${content.target}, but it goes away by itself on a timer.`);
      continue;
    }
    // Dismissible: Escape hides it, if it covers other content.
    await page.mouse.move(trigger.x, trigger.y, { steps: 4 });
    await page.keyboard.press("Escape");
    await settle(page);
    if (content.covers && await page.evaluate(stillVisible, content.target)) {
      fail(
        `Fix this: hovering shows ${content.target} over other content, and Escape does not ` +
          "hide it.",
      );
    }
    // Keyboard: focusing the trigger (or the first control in it) shows the same content.
    await page.mouse.move(0, 0);
    await settle(page);
    const focused = await page.evaluate((selector) => {
      const el = document.querySelector(selector);
      const focusable = el?.matches("a[href], button, input, select, textarea, [tabindex]")
        ? el
        : el?.querySelector("a[href], button, input, select, textarea, [tabindex]");
      (focusable as HTMLElement | null)?.focus();
      return focusable ? document.activeElement === focusable : false;
    }, target);
    await settle(page);
    const onFocus = focused && await page.evaluate(stillVisible, content.target);
    if (!onFocus) {
      onlyNodes.push({
        target: trigger.target,
        html: trigger.html,
        failureSummary: `Fix this: hovering shows ${content.target}${
          content.links ? ", with links or controls in it," : ""
        } but ${
          focused
            ? "focusing the trigger does not"
            : "the trigger cannot take keyboard focus, so nothing"
        } show it to keyboard users.`,
      });
    }
  }
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  return { "hover-content": hoverNodes, "hover-only": onlyNodes };
}
