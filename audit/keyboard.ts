/**
 * The keyboard walk: Tab from the top of a loaded page until focus comes back round or leaves
 * the page. Every stop must show where focus is (WCAG 2.4.7), not be hidden under a sticky
 * header or footer (2.4.11; when the page has one, also walking back with Shift+Tab, which is
 * how a sticky header hides things), Tab must never be held (2.1.2), and moving focus must not
 * navigate, open a window or submit (3.2.1). The page records each stop itself
 * (audit/in-page.ts), so Tab is pressed in batches without a round trip per stop. Chromium only,
 * like the rest of the audit.
 */
import type { CDPSession, Page } from "@playwright/test";
import type { Stop, WithHelpers } from "./in-page.ts";
import type { Found } from "./check.ts";
import { extraViolation } from "./rules.ts";
import type { FailingNode } from "./types.ts";

export type { Stop };

/** How many Tab presses a page gets: its tabbable elements and a margin, within bounds. */
export function walkBudget(tabbable: number): number {
  return Math.min(500, Math.max(20, Math.ceil(tabbable * 1.25) + 10));
}

export interface Verdict {
  focus: FailingNode[];
  trap: FailingNode[];
  /** Stops hidden under a fixed or sticky element. */
  obscured: FailingNode[];
  /** Focus came back to the first stop, left the page, or was caught: no need to press on. */
  ended: boolean;
  /** Distinct elements reached. */
  reached: number;
}

const invisible = {
  "no-change": "Fix this: the element looks the same focused and unfocused (outline, " +
    "box-shadow, border, background, colour and underline are unchanged).",
  "no-size": "Fix this: the focused element has no size, so focus is invisible; hide it " +
    "from the tab order too, or show it when focused.",
  "off-screen": "Fix this: the focused element is outside the viewport; show it when focused.",
};

/** The verdict on a walk, from its stops; pure, so it can be tested. */
export function judgeWalk(stops: (Stop | null)[], budget: number): Verdict {
  const focus: FailingNode[] = [];
  const trap: FailingNode[] = [];
  const obscured: FailingNode[] = [];
  const seen = new Set<string>();
  const first = stops.find((s) => s !== null)?.key;
  let ended = false;
  for (let i = 0; i < stops.length && !ended; i++) {
    const stop = stops[i];
    if (stop === null) {
      // Focus left the page after at least one press: the walk went all the way through.
      ended = seen.size > 0 || i > 0;
      continue;
    }
    if (seen.has(stop.key)) {
      ended = true;
      if (stop.key === first) break;
      trap.push({
        target: stop.key,
        html: stop.html,
        failureSummary: stops[i - 1]?.key === stop.key
          ? "Fix this: Tab does not move focus away from this element."
          : "Fix this: Tab cycles back to this element without reaching the rest of the page " +
            "(focus is held in a loop).",
      });
      break;
    }
    seen.add(stop.key);
    if (stop.shows !== "yes") {
      focus.push({ target: stop.key, html: stop.html, failureSummary: invisible[stop.shows] });
    }
    if (stop.coveredBy) obscured.push(coveredNode(stop));
  }
  if (!ended && stops.length >= budget) {
    const last = stops.at(-1);
    trap.push({
      target: last?.key ?? "html",
      html: last?.html ?? "",
      failureSummary: `Fix this: after ${budget} presses of Tab focus had not returned to ` +
        "the start of the page or left it.",
    });
    ended = true;
  }
  return { focus, trap, obscured, ended, reached: seen.size };
}

function coveredNode(stop: Stop): FailingNode {
  return {
    target: stop.key,
    html: stop.html,
    failureSummary: `Fix this: when focused, this element is hidden under ${stop.coveredBy}, ` +
      "which stays on screen (position fixed or sticky).",
  };
}

const tab = { key: "Tab", code: "Tab", windowsVirtualKeyCode: 9 };
const shiftTab = { ...tab, modifiers: 8 };

/**
 * Presses Tab `times` times through the DevTools protocol, sending every key event at once:
 * Chromium handles them in order, and the page records each stop itself, so there is no need
 * to wait for one press before sending the next (half the CPU time of a press at a time).
 */
async function pressTab(cdp: CDPSession, times: number, key = tab): Promise<void> {
  await Promise.all(
    Array.from({ length: times }, () => [
      cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", ...key }),
      cdp.send("Input.dispatchKeyEvent", { type: "keyUp", ...key }),
    ]).flat(),
  );
}

/** Whether something stays on screen that could hide a focused element (fixed or sticky). */
function hasSticky(): boolean {
  return [...document.body.querySelectorAll("*")].some((el) => {
    const position = getComputedStyle(el).position;
    if (position !== "fixed" && position !== "sticky") return false;
    const r = el.getBoundingClientRect();
    return r.height >= 16 && r.width >= innerWidth / 3;
  });
}

export interface WalkRules {
  focus: boolean;
  trap: boolean;
  obscured: boolean;
  onFocus: boolean;
}

/** Walks the loaded page as it is now (call it before anything has focus). */
export async function keyboardWalk(page: Page, rules: WalkRules): Promise<Found> {
  const tabbable = await page.evaluate(() => (globalThis as WithHelpers).__audit.tabbableCount());
  const budget = walkBudget(tabbable);
  await page.evaluate(() => {
    const audit = (globalThis as WithHelpers).__audit;
    audit.startWalk();
    audit.guard.events = [];
    audit.guard.on = true;
  });
  const cdp = await page.context().newCDPSession(page);
  let pressed = 0;
  let batch = Math.min(budget, tabbable + 2);
  let stops: (Stop | null)[] = [];
  let verdict = judgeWalk(stops, budget);
  try {
    while (pressed < budget) {
      await pressTab(cdp, batch);
      pressed += batch;
      stops = await page.evaluate(() => (globalThis as WithHelpers).__audit.stops);
      verdict = judgeWalk(stops, budget);
      if (verdict.ended) break;
      batch = Math.min(10, budget - pressed);
    }
    if (rules.obscured && verdict.ended && await page.evaluate(hasSticky)) {
      await page.evaluate(() => (globalThis as WithHelpers).__audit.stops = []);
      await pressTab(cdp, verdict.reached + 1, shiftTab);
      const back = await page.evaluate(() => (globalThis as WithHelpers).__audit.stops);
      const known = new Set(verdict.obscured.map((n) => n.target));
      for (const stop of back) {
        if (stop?.coveredBy && !known.has(stop.key)) {
          known.add(stop.key);
          verdict.obscured.push(coveredNode(stop));
        }
      }
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
  const changes = await page.evaluate(() => {
    const audit = (globalThis as WithHelpers).__audit;
    audit.guard.on = false;
    return audit.guard.events.splice(0);
  });
  if (!verdict.ended) {
    // Tab presses the page never heard: focus went where the walk cannot follow (a frame).
    throw new Error(
      `the keyboard walk lost track of focus: ${stops.length} of ${pressed} Tab presses ` +
        "reached the page",
    );
  }
  return {
    violations: [
      ...(rules.focus ? extraViolation("keyboard-focus-visible", verdict.focus) : []),
      ...(rules.trap ? extraViolation("keyboard-trap", verdict.trap) : []),
      ...(rules.obscured ? extraViolation("focus-not-obscured", verdict.obscured) : []),
      ...(rules.onFocus
        ? extraViolation(
          "change-on-focus",
          changes.map((c) => ({
            target: c.target,
            html: c.html,
            failureSummary: `Fix this: moving focus here caused ${c.what}.`,
          })),
        )
        : []),
    ],
    note: `${verdict.reached} Tab stops`,
  };
}
