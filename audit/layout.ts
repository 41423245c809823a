/**
 * Layout checks on a loaded page: reflow at 320 px (WCAG 1.4.10) and text at 200% (WCAG 1.4.4).
 * Both resize or restyle the page in place instead of loading it again.
 */
import type { Page } from "@playwright/test";
import type { Found } from "./check.ts";
import type { WithHelpers } from "./in-page.ts";
import { extraViolation } from "./rules.ts";
import { reflowSize, wideSize } from "./standard.ts";
import type { FailingNode } from "./types.ts";

const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));

/** Narrows the page to 320 px: it must not scroll sideways. */
export async function reflow(page: Page): Promise<Found> {
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(reflowSize);
  await nextFrame(page);
  const found = await page.evaluate((width) => {
    const { overflowing, cssPath, snippet } = (globalThis as WithHelpers).__audit;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return [];
    const summary = `Fix this: the page is ${scrollWidth} px wide at a ${width} px viewport`;
    const culprits = overflowing(width).slice(0, 10);
    return culprits.length > 0
      ? culprits.map((el) => ({
        target: cssPath(el),
        html: snippet(el),
        failureSummary: `${summary}; this element ends at ${
          Math.round(el.getBoundingClientRect().right)
        } px.`,
      }))
      : [{ target: "html", html: "<html>", failureSummary: `${summary}.` }];
  }, reflowSize.width);
  return extraViolation("reflow-320", found);
}

/**
 * Sets the root font size to 200% on the page at the wide width: text must grow, stay whole and
 * not overflow. It changes the page, so it runs last.
 */
export async function textZoom(page: Page): Promise<Found> {
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(wideSize);
  const sample = () => {
    const { cssPath, snippet } = (globalThis as WithHelpers).__audit;
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
  // Through the CSSOM, which a page's CSP allows (an injected <style> could be blocked).
  await page.evaluate(() =>
    document.documentElement.style.setProperty("font-size", "200%", "important")
  );
  await nextFrame(page);
  const after = await page.evaluate(sample);
  const found: FailingNode[] = await page.evaluate((width) => {
    const { overflowing, cssPath, snippet } = (globalThis as WithHelpers).__audit;
    const nodes: FailingNode[] = [];
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > width) {
      for (const el of overflowing(width).slice(0, 10)) {
        nodes.push({
          target: cssPath(el),
          html: snippet(el),
          failureSummary: `Fix this: with text at 200% the page is ${scrollWidth} px wide ` +
            `at ${width} px; this element ends at ${
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
  }, wideSize.width);
  before.forEach(({ size, target, html }, i) => {
    const grown = after[i]?.size;
    if (grown !== undefined && grown < size * 1.5) {
      found.push({
        target,
        html,
        failureSummary: "Fix this: this text did not grow with the root font size " +
          `(${size} px before, ${grown} px at 200%); size it in rem or em.`,
      });
    }
  });
  return extraViolation("text-zoom-200", found);
}
