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
  /** The sticky or fixed element that covers the focused one entirely, if any. */
  coveredBy?: string;
}

/** Something a page did while the guard was on: a navigation, window.open or form submit. */
export interface GuardEvent {
  what: string;
  /** The element that had focus then. */
  target: string;
  html: string;
}

/** A timer the page set: for motion (repeating timers that change the page) and hover checks. */
export interface TimerRecord {
  id: number;
  delay: number;
  repeats: boolean;
  created: number;
  fn: () => void;
  done: boolean;
  /** Whether a run of its callback changed the page. */
  mutated: boolean;
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
  /** Whether an element is rendered and not hidden. */
  visible(el: Element): boolean;
  /** Whitespace-collapsed text. */
  text(el: Element | null): string;
  /** An accessible name, close enough for the checks (labels, aria, alt, title, text). */
  name(el: Element): string;
  /** Every element, open shadow roots included. */
  all(): Element[];
  /** Whether an element can be operated natively (links, buttons, fields, summary...). */
  native(el: Element): boolean;
  /** Event types with listeners on each element, filled in by audit/listeners.ts. */
  listeners: Map<EventTarget, Set<string>>;
  /** While on, navigation, window.open and form submits are recorded and stopped. */
  guard: { on: boolean; events: GuardEvent[] };
  /** While on, a form submit that no script stopped is recorded in `guard` and stopped. */
  holdSubmits: boolean;
  timers: Map<number, TimerRecord>;
  /** Runs the callbacks of timers still pending that were set after `since`. */
  flushTimers(since: number): number;
  /** Mutations of the page, by element, with their times (not while `quiet` is set). */
  mutations: Map<Node, number[]>;
  quiet: boolean;
  /** Times of animation frames whose callbacks changed the page. */
  mutatingFrames: number[];
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

  /**
   * The fixed or sticky element that hides all of `el` (WCAG 2.4.11), sampled at nine points
   * inside the part of it within the viewport; undefined when any point shows `el`.
   */
  const cover = (el: Element, rect: DOMRect): string | undefined => {
    const left = Math.max(rect.left, 0), right = Math.min(rect.right, innerWidth);
    const top = Math.max(rect.top, 0), bottom = Math.min(rect.bottom, innerHeight);
    if (right - left < 1 || bottom - top < 1) return undefined;
    let coverer: Element | undefined;
    for (const fx of [0.1, 0.5, 0.9]) {
      for (const fy of [0.1, 0.5, 0.9]) {
        const hit = document.elementFromPoint(
          left + (right - left) * fx,
          top + (bottom - top) * fy,
        );
        if (!hit || hit === el || el.contains(hit) || hit.contains(el)) return undefined;
        let up: Element | null = hit;
        while (up && !["fixed", "sticky"].includes(getComputedStyle(up).position)) {
          up = up.parentElement;
        }
        if (!up) return undefined;
        coverer = up;
      }
    }
    return coverer ? cssPath(coverer) : undefined;
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
    const coveredBy = shows === "yes" ? cover(el, rect) : undefined;
    return { key: cssPath(el), html: snippet(el), shows, ...(coveredBy ? { coveredBy } : {}) };
  };

  const visible = (el: Element): boolean => {
    if (el.getClientRects().length === 0) return false;
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || Number(style.opacity) === 0) return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1;
  };
  const text = (el: Element | null): string =>
    ((el as HTMLElement | null)?.innerText ?? el?.textContent ?? "").replace(/\s+/g, " ").trim();
  const byIds = (ids: string | null): string =>
    (ids ?? "").split(/\s+/).map((id) => text(id ? document.getElementById(id) : null))
      .filter(Boolean).join(" ");
  const name = (el: Element): string => {
    const labelled = byIds(el.getAttribute("aria-labelledby"));
    if (labelled) return labelled;
    const aria = el.getAttribute("aria-label")?.trim();
    if (aria) return aria;
    if (el instanceof HTMLImageElement || el.matches("input[type=image], area")) {
      return el.getAttribute("alt")?.trim() ?? "";
    }
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return [...labels].map(text).join(" ");
    if (el.matches("input, select, textarea")) return el.getAttribute("title")?.trim() ?? "";
    const own = [...el.childNodes].map((n) =>
      n.nodeType === Node.TEXT_NODE
        ? n.textContent ?? ""
        : n instanceof Element && (n.matches("img, [role=img], svg") || visible(n) ||
            n.getAttribute("aria-label"))
        ? name(n)
        : ""
    ).join(" ").replace(/\s+/g, " ").trim();
    return own || el.getAttribute("title")?.trim() || "";
  };
  const native = (el: Element): boolean =>
    el.matches(
      "a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, " +
        "label, option, iframe, video[controls], audio[controls], [contenteditable=''], " +
        "[contenteditable=true]",
    );

  // Timers, kept so the motion check can find repeating ones that change the page and the
  // hover check can run the ones that would hide content later.
  const timers = new Map<number, TimerRecord>();
  const mutations = new Map<Node, number[]>();
  let observer: MutationObserver | undefined;
  const log = (records: MutationRecord[]) => {
    if (helpers.quiet) return;
    const now = performance.now();
    for (const record of records) {
      const times = mutations.get(record.target) ?? [];
      if (times.length === 0 || now - times[times.length - 1] > 50) times.push(now);
      if (times.length > 50) times.shift();
      mutations.set(record.target, times);
    }
  };
  /** Whether the page changed since the last look (the records still go to the log). */
  const changed = () => {
    const records = observer?.takeRecords() ?? [];
    log(records);
    return records.length > 0;
  };
  const wrapTimer = (repeats: boolean) => {
    const original = repeats ? globalThis.setInterval : globalThis.setTimeout;
    const clear = repeats ? globalThis.clearInterval : globalThis.clearTimeout;
    const wrapped = (handler: TimerHandler, delay = 0, ...args: unknown[]): number => {
      if (typeof handler !== "function") return original(handler, delay, ...args);
      // A timeout set from inside another timer's callback with the same delay repeats too.
      const record: TimerRecord = {
        id: 0,
        delay: Number(delay) || 0,
        repeats: repeats || running?.delay === (Number(delay) || 0),
        created: performance.now(),
        fn: () => run(),
        done: false,
        mutated: false,
      };
      const run = () => {
        const outer = running;
        running = record;
        const pending = changed();
        try {
          (handler as (...a: unknown[]) => void)(...args);
        } finally {
          running = outer;
          if (changed() || pending) record.mutated = true;
          // Spent one-off timers are forgotten (axe alone sets about 90 a run).
          if (!repeats) {
            record.done = true;
            if (!record.repeats) timers.delete(record.id);
          }
        }
      };
      record.id = original(run, delay) as unknown as number;
      timers.set(record.id, record);
      return record.id;
    };
    const cleared = (id?: number) => {
      const record = id === undefined ? undefined : timers.get(id);
      if (record) record.done = true;
      if (id !== undefined) timers.delete(id);
      clear(id);
    };
    return { wrapped, cleared };
  };
  let running: TimerRecord | undefined;
  const timeout = wrapTimer(false);
  const interval = wrapTimer(true);
  globalThis.setTimeout = timeout.wrapped as typeof setTimeout;
  globalThis.clearTimeout = timeout.cleared as typeof clearTimeout;
  globalThis.setInterval = interval.wrapped as typeof setInterval;
  globalThis.clearInterval = interval.cleared as typeof clearInterval;

  const mutatingFrames: number[] = [];
  const frame = globalThis.requestAnimationFrame;
  globalThis.requestAnimationFrame = (callback: FrameRequestCallback) =>
    frame((time) => {
      const pending = changed();
      callback(time);
      if (changed() || pending) {
        mutatingFrames.push(performance.now());
        if (mutatingFrames.length > 200) mutatingFrames.splice(0, 100);
      }
    });

  const guard = { on: false, events: [] as GuardEvent[] };
  const noteGuard = (what: string) => {
    const el = focused() ?? document.body;
    guard.events.push({ what, target: cssPath(el), html: snippet(el) });
  };
  const open = globalThis.open;
  globalThis.open = (...args: Parameters<typeof open>) => {
    if (!guard.on) return open(...args);
    noteGuard(`window.open(${String(args[0] ?? "")})`);
    return null;
  };
  const nav = (globalThis as unknown as {
    navigation?: EventTarget;
  }).navigation;
  nav?.addEventListener("navigate", (event) => {
    const e = event as Event & { hashChange: boolean; destination: { url: string } };
    if (!guard.on || e.hashChange) return;
    noteGuard(`navigation to ${e.destination.url}`);
    if (e.cancelable) e.preventDefault();
  });
  addEventListener("submit", (event) => {
    if (!guard.on) return;
    noteGuard(`form submit (${(event.target as HTMLFormElement).action || "this page"})`);
    event.preventDefault();
  }, true);
  addEventListener("submit", (event) => {
    if (!helpers.holdSubmits || event.defaultPrevented) return;
    guard.events.push({
      what: "submitted to the server",
      target: cssPath(event.target as Element),
      html: snippet(event.target as Element),
    });
    event.preventDefault();
  });

  const helpers: InPage = {
    cssPath,
    snippet,
    overflowing,
    tabbableCount,
    visible,
    text,
    name,
    native,
    all: () => allElements(),
    listeners: new Map(),
    guard,
    holdSubmits: false,
    timers,
    flushTimers(since) {
      let ran = 0;
      for (const record of [...timers.values()]) {
        if (record.done || record.repeats || record.created < since || record.delay > 20_000) {
          continue;
        }
        clearTimeout(record.id);
        record.fn();
        record.done = true;
        ran++;
      }
      return ran;
    },
    mutations,
    quiet: false,
    mutatingFrames,
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
  // Changes the page makes by itself, for the motion check (not while the audit acts).
  const observe = () => {
    observer = new MutationObserver(log);
    observer.observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ["class", "style", "hidden", "aria-hidden", "src", "aria-current"],
    });
  };
  if (document.documentElement) observe();
  else document.addEventListener("readystatechange", observe, { once: true });
  (globalThis as WithHelpers).__audit = helpers;
}
