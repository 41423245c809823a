/**
 * Change on input (WCAG 3.2.2): each select, radio button, checkbox and text field that has a
 * change or input listener (audit/listeners.ts) is changed the way a user would, with the guard
 * of audit/in-page.ts on; navigating, opening a window, submitting the form or moving focus is
 * a change of context the user did not ask for. Each value is put back afterwards.
 */
import type { Page } from "@playwright/test";
import type { FailingNode } from "./types.ts";

type Helpers = typeof globalThis & {
  __audit: {
    cssPath(el: Element): string;
    snippet(el: Element): string;
    visible(el: Element): boolean;
    name(el: Element): string;
    listeners: Map<EventTarget, Set<string>>;
    guard: { on: boolean; events: { what: string }[] };
  };
};

/** Runs in the page: the fields worth changing, as selectors. */
export function changeableFields(max: number): string[] {
  const { cssPath, visible, listeners } = (globalThis as Helpers).__audit;
  const listens = (el: Element) => {
    for (let up: Element | null = el; up; up = up.parentElement) {
      const own = listeners.get(up);
      if (own?.has("change") || own?.has("input") || up.hasAttribute("onchange")) return true;
    }
    const doc = listeners.get(document);
    return doc?.has("change") === true || doc?.has("input") === true;
  };
  return [...document.querySelectorAll("select, input, textarea")].filter((el) =>
    !el.matches(
      "[type=hidden], [type=submit], [type=button], [type=reset], [type=image], " +
        "[type=file], :disabled",
    ) && visible(el) && listens(el)
  ).slice(0, max).map(cssPath);
}

/** Runs in the page: changes one field and reports what the page did, then puts it back. */
export function changeField(selector: string): string {
  const a = (globalThis as Helpers).__audit;
  const el = document.querySelector(selector) as HTMLInputElement | HTMLSelectElement | null;
  if (!el) return "";
  el.focus();
  a.guard.events = [];
  a.guard.on = true;
  const fire = () => {
    el.dispatchEvent(new Event("input", { bubbles: true }));
    el.dispatchEvent(new Event("change", { bubbles: true }));
  };
  const before = el instanceof HTMLSelectElement ? el.selectedIndex : el.value;
  const checked = (el as HTMLInputElement).checked;
  try {
    if (el instanceof HTMLSelectElement) {
      if (el.options.length < 2) return "";
      el.selectedIndex = (el.selectedIndex + 1) % el.options.length;
      fire();
    } else if (el.type === "checkbox" || el.type === "radio") {
      el.click();
    } else {
      el.value = el.type === "number" ? "1" : el.type === "date" ? "2030-01-01" : "a";
      fire();
    }
  } finally {
    a.guard.on = false;
  }
  const moved = document.activeElement !== el && document.activeElement !== document.body &&
    document.activeElement !== null;
  const what = a.guard.events.map((e) => e.what);
  if (moved) what.push(`focus moved to ${a.cssPath(document.activeElement!)}`);
  // Put it back, quietly.
  a.guard.on = true;
  if (el instanceof HTMLSelectElement) el.selectedIndex = before as number;
  else if (el.type === "checkbox" || el.type === "radio") el.checked = checked;
  else el.value = before as string;
  fire();
  a.guard.on = false;
  a.guard.events = [];
  return what.join("; ");
}

export async function inputChange(page: Page, max = 12): Promise<Record<string, FailingNode[]>> {
  const nodes: FailingNode[] = [];
  for (const selector of await page.evaluate(changeableFields, max)) {
    const what = await page.evaluate(changeField, selector);
    // A navigation started by a script runs after the event: give it a moment.
    const late = await page.evaluate(() =>
      new Promise<string>((done) => {
        const a = (globalThis as Helpers).__audit;
        a.guard.on = true;
        setTimeout(() => {
          a.guard.on = false;
          const events = a.guard.events.map((e) => e.what).join("; ");
          a.guard.events = [];
          done(events);
        }, 150);
      })
    );
    const all = [what, late].filter(Boolean).join("; ");
    if (all) {
      const html = await page.evaluate(
        (s) => (globalThis as Helpers).__audit.snippet(document.querySelector(s)!),
        selector,
      );
      nodes.push({
        target: selector,
        html,
        failureSummary: `Fix this: changing this field caused ${all}, without the user asking.`,
      });
    }
  }
  return { "change-on-input": nodes };
}
