/**
 * Moving, blinking and flashing content (WCAG 2.2.2, 2.3.1): CSS animations and transitions
 * that run over 5 s, marquees, autoplaying video, and timers or animation frames that keep
 * changing the page, each with no pause or stop control; animations that change more than three
 * times a second; and, as a best practice, motion kept when the device asks for less.
 * Looks without reduced motion first (what most visitors get), then with it.
 */
import type { Page } from "@playwright/test";
import type { FailingNode } from "./types.ts";

/** Runs in the page. Self-contained: Playwright sends its source text. */
export function motionInPage(reduced: boolean): Record<string, FailingNode[]> {
  type Timer = { delay: number; repeats: boolean; done: boolean; mutated: boolean; fn(): void };
  type Helpers = typeof globalThis & {
    __audit: {
      cssPath(el: Element): string;
      snippet(el: Element): string;
      visible(el: Element): boolean;
      name(el: Element): string;
      timers: Map<number, Timer>;
      mutations: Map<Node, number[]>;
      mutatingFrames: number[];
    };
  };
  const { cssPath, snippet, visible, name, timers, mutations, mutatingFrames } =
    (globalThis as Helpers).__audit;
  const found: Record<string, FailingNode[]> = {};
  const report = (rule: string, el: Element, why: string) => {
    if ((found[rule] ??= []).some((n) => n.target === cssPath(el))) return;
    found[rule].push({ target: cssPath(el), html: snippet(el), failureSummary: why });
  };
  const canPause = [
    ...document.querySelectorAll(
      "button, [role=button], [role=switch], input[type=button], input[type=checkbox], a[href]",
    ),
  ].some((el) =>
    visible(el) && /pause|stop|detener|pausar|parar|pausa|arrêter|anhalten/i.test(name(el))
  );
  const long = document.getAnimations().filter((a) => {
    const timing = a.effect?.getComputedTiming();
    const target = (a.effect as KeyframeEffect | null)?.target;
    return a.playState === "running" && timing && target && visible(target) &&
      (timing.iterations === Infinity || Number(timing.activeDuration) > 5000);
  });
  if (reduced) {
    for (const a of long) {
      report(
        "motion-reduce-ignored",
        (a.effect as KeyframeEffect).target!,
        "Fix this: this animation keeps running when the device asks for reduced motion.",
      );
    }
    return found;
  }
  const noPause = "with no pause or stop control on the page";
  for (const a of long) {
    const effect = a.effect as KeyframeEffect;
    const target = effect.target!;
    const timing = effect.getComputedTiming();
    const period = Number(timing.duration) * (timing.direction?.includes("alternate") ? 2 : 1);
    const props = effect.getKeyframes().flatMap((k) => Object.keys(k));
    const flashes = props.some((p) => /opacity|visibility|color|background|filter/i.test(p));
    if (flashes && period > 0 && period < 1000 / 3) {
      report(
        "flashing",
        target,
        `Fix this: this animation changes every ${Math.round(period)} ms, more than three ` +
          "times a second.",
      );
    }
    if (!canPause) {
      report(
        "motion-pause",
        target,
        `Fix this: this element is animated ${
          timing.iterations === Infinity ? "without end" : "for over 5 seconds"
        } ${noPause}.`,
      );
    }
  }
  if (canPause) return found;
  for (const m of document.querySelectorAll("marquee, blink")) {
    report("motion-pause", m, `Fix this: <${m.tagName.toLowerCase()}> moves or blinks ${noPause}.`);
  }
  for (const v of document.querySelectorAll<HTMLVideoElement>("video")) {
    const playing = v.autoplay && (!v.paused || v.readyState < 2);
    if (playing && !v.controls && (v.loop || !(v.duration <= 5))) {
      report("motion-pause", v, `Fix this: the video plays by itself ${noPause} of its own.`);
    }
  }
  // Timers that keep changing the page: run each pending one once, to see what it does.
  const since = performance.now();
  for (const timer of [...timers.values()]) {
    if (timer.done || !timer.repeats || timer.delay < 200 || timer.delay > 20_000) continue;
    if (!timer.mutated) timer.fn();
    if (!timer.mutated) continue;
    const changed = [...mutations].filter(([node, times]) =>
      times.some((t) => t >= since - timer.delay * 2) && node instanceof Element && visible(node)
    ).map(([node]) => node as Element);
    const el = changed[0] ?? document.body;
    report(
      "motion-pause",
      el,
      `Fix this: a timer changes this part of the page every ${timer.delay} ms ${noPause}.`,
    );
  }
  const recent = mutatingFrames.filter((t) => t > performance.now() - 1500).length;
  if (recent >= 20) {
    const busiest = [...mutations].filter(([node]) => node instanceof Element)
      .sort((a, b) => b[1].length - a[1].length)[0];
    const el = (busiest?.[0] as Element | undefined) ?? document.body;
    report(
      "motion-pause",
      el,
      `Fix this: a script animates this element frame by frame ${noPause}.`,
    );
  }
  return found;
}

const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));

/** Without reduced motion, then with it; leaves the page asking for reduced motion. */
export async function motion(page: Page): Promise<Record<string, FailingNode[]>> {
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await nextFrame(page);
  const found = await page.evaluate(motionInPage, false);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await nextFrame(page);
  return { ...found, ...(await page.evaluate(motionInPage, true)) };
}
