/**
 * What is left for a person: for each page, the WCAG 2.2 A and AA success criteria the audit
 * cannot decide, each with the page's elements to look at and a one-line manual test. Criteria
 * whose elements the page lacks (no media, no forms...) are left out; criteria the automated
 * checks decide (reflow, traps, text size and spacing, language of page, target size) are left
 * out unless axe marked elements of them "needs review".
 */
import type { Page } from "@playwright/test";
import type { Violation } from "./types.ts";
import { criteriaOf, type Criterion, criterion } from "./wcag.ts";

export interface ManualElement {
  target: string;
  html: string;
  /** Why this element is listed, e.g. what axe could not decide about it. */
  note?: string;
}

export interface ManualItem {
  criterion: Criterion;
  test: string;
  elements: ManualElement[];
}

/** Elements of the page by kind, collected in the page (see `factsInPage`). */
export type PageFacts = Record<string, ManualElement[]>;

interface ManualCriterion {
  test: string;
  /** The kinds of elements to list; the criterion applies when the page has any. */
  kinds: string[];
  /** Applies to every page, listed with the page as a whole when it has none of `kinds`. */
  always?: boolean;
}

/** The criteria a person must check, in WCAG order, with a manual test in one line. */
export const manualCriteria: Record<string, ManualCriterion> = {
  "1.1.1": {
    test: "Read each image's alt text with the image hidden: it should say what the image " +
      'tells you or does; images that add nothing should have alt="".',
    kinds: ["images", "decorative"],
  },
  "1.2.1": {
    test: "For audio-only or video-only recordings, find a transcript or a description that " +
      "gives the same information.",
    kinds: ["media"],
  },
  "1.2.2": {
    test:
      "Play each video with sound: captions must show all speech and important sounds, in sync.",
    kinds: ["media"],
  },
  "1.2.3": {
    test: "Watch each video without the picture: an audio description or transcript must give " +
      "what is only shown.",
    kinds: ["media"],
  },
  "1.2.4": { test: "For live video, check captions are provided as it plays.", kinds: ["media"] },
  "1.2.5": {
    test: "Check each video has audio description of what is only shown on screen.",
    kinds: ["media"],
  },
  "1.3.1": {
    test:
      "Turn off CSS: headings, lists, tables and form groups must still read as what they look like.",
    kinds: ["tables", "headings"],
    always: true,
  },
  "1.3.2": {
    test: "Read the page with a screen reader or with CSS off: the order must still make sense.",
    kinds: ["layout"],
    always: true,
  },
  "1.3.3": {
    test: 'Find instructions that rely on shape, place, colour or sound ("the button on the ' +
      'right") and check they also name the thing.',
    kinds: ["sensory"],
  },
  "1.3.4": {
    test: "Turn a phone or tablet to portrait and landscape: the page must work both ways.",
    kinds: [],
    always: true,
  },
  "1.3.5": {
    test:
      "Check each field that asks for the visitor's own details has the right autocomplete token.",
    kinds: ["personal"],
  },
  "1.4.1": {
    test: "View the page in greyscale: links in text, errors, required fields and charts must " +
      "still be told apart.",
    kinds: ["colour"],
    always: true,
  },
  "1.4.2": {
    test: "Check any sound that plays by itself for over 3 seconds can be paused or turned down.",
    kinds: ["media"],
  },
  "1.4.3": {
    test: "Measure the contrast of text over images, gradients and other text that axe could " +
      "not measure: 4.5:1, or 3:1 for large text.",
    kinds: [],
  },
  "1.4.5": {
    test: "Check no image shows text that could be real text (logos excepted).",
    kinds: ["images"],
  },
  "1.4.11": {
    test: "Measure the contrast of field borders, icons, focus indicators and chart parts " +
      "against what is next to them: at least 3:1.",
    kinds: ["controls"],
    always: true,
  },
  "1.4.13": {
    test: "Hover and focus each trigger: what appears must stay while the pointer is over it " +
      "and go with Escape.",
    kinds: ["popups"],
  },
  "2.1.1": {
    test: "Put the mouse away and use every link, button, field and widget with Tab, Enter, " +
      "Space and arrow keys.",
    kinds: ["widgets"],
    always: true,
  },
  "2.1.4": {
    test: "If single-key shortcuts exist, check they can be turned off or changed.",
    kinds: ["shortcuts"],
  },
  "2.2.1": {
    test: "Find any time limit (session time-out, refresh): it must be possible to extend or " +
      "turn it off.",
    kinds: ["timing"],
  },
  "2.2.2": {
    test: "Check anything that moves, blinks, scrolls or updates by itself can be paused, " +
      "stopped or hidden.",
    kinds: ["motion"],
  },
  "2.3.1": {
    test: "Watch animations and videos: nothing may flash more than three times in a second.",
    kinds: ["motion", "media"],
  },
  "2.4.1": {
    test: "Press Tab once on the page: a skip link must appear and move focus to the main content.",
    kinds: ["skip"],
    always: true,
  },
  "2.4.2": {
    test:
      "Read the page title alone: it must say what this page is, distinct from the site's others.",
    kinds: ["title"],
    always: true,
  },
  "2.4.3": {
    test: "Tab through the page: focus must move in an order that follows the meaning, into " +
      "and out of dialogs and menus correctly.",
    kinds: ["widgets"],
    always: true,
  },
  "2.4.4": {
    test: "Read each link with its sentence or list item: it must say where it goes.",
    kinds: ["links"],
  },
  "2.4.5": {
    test: "Check there are two ways to reach this page (navigation, search, a site map, links).",
    kinds: ["navigation"],
    always: true,
  },
  "2.4.6": {
    test: "Read the headings and labels alone: each must describe the section or field it heads.",
    kinds: ["headings", "labels"],
  },
  "2.4.7": {
    test: "Tab through the page: check the focus indicator is easy to see on every stop.",
    kinds: ["widgets"],
    always: true,
  },
  "2.4.11": {
    test: "Tab and Shift+Tab through the page at several sizes: no sticky part may hide the " +
      "focused element.",
    kinds: ["sticky"],
  },
  "2.5.1": {
    test: "Check anything worked with a swipe, pinch or path can also be worked with one tap.",
    kinds: ["pointer"],
  },
  "2.5.2": {
    test: "Press a control and slide off before releasing: nothing should happen on the press.",
    kinds: ["pointer"],
  },
  "2.5.3": {
    test: "Check each control's spoken name starts with, or contains, its visible words.",
    kinds: ["named"],
  },
  "2.5.4": {
    test: "If shaking or tilting the device does something, check a control does the same and " +
      "the motion can be turned off.",
    kinds: ["motionInput"],
  },
  "2.5.7": {
    test: "Check anything dragged can also be done with single taps or clicks.",
    kinds: ["drag"],
  },
  "3.1.2": {
    test: "Find words or passages in another language: each must be inside an element with the " +
      "right lang.",
    kinds: ["languages"],
    always: true,
  },
  "3.2.1": {
    test: "Tab onto each control: focus alone must not open, submit or move anything.",
    kinds: ["fields"],
  },
  "3.2.2": {
    test: "Change each field: nothing may submit, open or move until a button is pressed, " +
      "unless the page said so before.",
    kinds: ["fields"],
  },
  "3.2.3": {
    test: "Compare the navigation with other pages: the same links in the same order.",
    kinds: ["navigation"],
    always: true,
  },
  "3.2.4": {
    test: "Check the same thing (search, print, a link to help) has the same name and icon " +
      "on every page.",
    kinds: ["navigation"],
    always: true,
  },
  "3.2.6": {
    test: "Check help (contact details, a help link) is in the same place as on other pages.",
    kinds: ["help"],
  },
  "3.3.1": {
    test: "Submit each form with mistakes: every error must be named in text next to its field.",
    kinds: ["forms"],
  },
  "3.3.2": {
    test: "Check every field has a visible label, and instructions where a format is needed.",
    kinds: ["fields"],
  },
  "3.3.3": {
    test: "Submit each form with wrong formats: the errors must say how to put it right.",
    kinds: ["forms"],
  },
  "3.3.4": {
    test: "For forms with legal or money effects, check answers can be reviewed, corrected or " +
      "undone before they count.",
    kinds: ["forms"],
  },
  "3.3.7": {
    test: "In a form of several steps, check nothing asked before must be typed again.",
    kinds: ["forms"],
  },
  "3.3.8": {
    test: "Sign in: no puzzle or memory test, and passwords can be pasted.",
    kinds: ["passwords"],
  },
  "4.1.2": {
    test: "With a screen reader, check each custom control says its name, role and state, and " +
      "its state changes are announced.",
    kinds: ["widgets"],
  },
  "4.1.3": {
    test: "Trigger each status message (results, saved, errors): a screen reader must announce " +
      "it without focus moving.",
    kinds: ["status"],
  },
};

/** Runs in the page: the elements of each kind, up to 8 of each. Self-contained. */
export function factsInPage(): PageFacts {
  type Helpers = typeof globalThis & {
    __audit: {
      cssPath(el: Element): string;
      snippet(el: Element): string;
      visible(el: Element): boolean;
      text(el: Element | null): string;
      name(el: Element): string;
      listeners: Map<EventTarget, Set<string>>;
      timers: Map<number, { delay: number; done: boolean }>;
    };
  };
  const { cssPath, snippet, visible, text, name, listeners, timers } =
    (globalThis as Helpers).__audit;
  const body = document.body;
  /** Up to 8 elements, the visible ones only unless `hidden` (live regions may be hidden). */
  const list = (els: Iterable<Element>, note?: (el: Element) => string, hidden = false) =>
    [...els].filter((el) => hidden || visible(el)).slice(0, 8).map((el) => ({
      target: cssPath(el),
      html: snippet(el),
      ...(note ? { note: note(el) } : {}),
    }));
  const q = (selector: string) => body.querySelectorAll(selector);
  const all = [...body.querySelectorAll("*")];
  const listening = (types: string[]) =>
    all.filter((el) => types.some((t) => listeners.get(el)?.has(t)));
  const layout = all.filter((el) => {
    const s = getComputedStyle(el);
    return (s.display.includes("grid") || s.flexDirection.endsWith("reverse") ||
      s.position === "absolute") && text(el).length > 0;
  });
  const sensory = [...q("p, li")].filter((el) =>
    /\b(on the (left|right)|above|below|round|square|in (red|green|blue)|the (red|green) )\b/i
      .test(text(el)) || /\b(a la (izquierda|derecha)|arriba|abajo)\b/i.test(text(el))
  );
  const fields = [...q("input, select, textarea")].filter((el) =>
    !el.matches("[type=hidden], [type=submit], [type=button], [type=image]")
  );
  const sticky = all.filter((el) => ["fixed", "sticky"].includes(getComputedStyle(el).position));
  const motion = [
    ...document.getAnimations().map((a) => (a.effect as KeyframeEffect | null)?.target)
      .filter((t): t is Element => t instanceof Element),
    ...q("marquee, img[src$='.gif'], video[autoplay]"),
  ];
  return {
    images: list(
      q("img:not([alt='']), [role=img], svg[aria-label], input[type=image], area, canvas"),
      (el) => `alt: "${name(el)}"`,
    ),
    decorative: list(q("img[alt='']"), () => 'marked as decoration (alt="")'),
    media: list(q(
      "video, audio, object, embed, iframe[src*=youtube], iframe[src*=vimeo], " +
        "iframe[src*=player]",
    )),
    tables: list(q("table")),
    headings: list(q("h1, h2, h3, h4, h5, h6, [role=heading]"), (el) => text(el).slice(0, 80)),
    labels: list(q("label, legend"), (el) => text(el).slice(0, 80)),
    layout: list(layout),
    sensory: list(sensory, (el) => text(el).slice(0, 100)),
    fields: list(fields),
    personal: list(
      fields.filter((f) =>
        !f.matches("[type=search], [role=search] *") &&
        (f.matches("[type=email], [type=tel]") ||
          /name|email|e-mail|phone|address|postcode|zip|birth|correo|nombre|tel[eé]fono|direcci/i
            .test(name(f)))
      ),
      (f) => `autocomplete="${f.getAttribute("autocomplete") ?? ""}"`,
    ),
    forms: list(q("form:not([role=search])")),
    passwords: list(q("input[type=password]")),
    colour: list(
      q("p a[href], li a[href], [aria-invalid], .error, [class*=error], [class*=required]"),
    ),
    controls: list(q("input:not([type=hidden]), select, textarea, button, [role=button], svg")),
    popups: list(q("[aria-haspopup], [role=tooltip]"), undefined, true),
    widgets: list(q(
      "[role=button], [role=tab], [role=menu], [role=menuitem], [role=dialog], " +
        "[role=combobox], [role=listbox], [role=slider], [role=switch], [role=tablist], dialog, " +
        "details, [aria-expanded], [tabindex]:not([tabindex='-1'])",
    )),
    shortcuts: [
      ...list(q("[accesskey]")),
      ...(listeners.get(document)?.has("keydown")
        ? [{ target: "document", html: "", note: "a key listener on the whole page" }]
        : []),
    ],
    timing: [
      ...list(document.querySelectorAll("meta[http-equiv=refresh]")),
      ...([...timers.values()].some((t) => !t.done && t.delay >= 20_000)
        ? [{ target: "script", html: "", note: "a timer of 20 s or more is pending" }]
        : []),
    ],
    motion: list(new Set(motion)),
    skip: list([...q("a[href^='#']")].slice(0, 1), (el) => text(el)),
    title: [{ target: "title", html: `<title>${document.title}</title>` }],
    links: list(
      [...q("a[href]")].filter((a) => visible(a)).sort((a, b) => name(a).length - name(b).length),
      (el) => `"${name(el)}"`,
    ),
    navigation: list(q("nav, header, [role=navigation], [role=search]")),
    sticky: list(sticky),
    pointer: list([...listening(["pointerdown", "mousedown"]), ...q("input[type=range]")]),
    drag: list(q("[draggable=true]")),
    named: list(
      q("a[aria-label], button[aria-label], [role=button][aria-label], [aria-labelledby]"),
      (el) => `name: "${name(el)}", shows: "${text(el).slice(0, 60)}"`,
    ),
    motionInput: [],
    languages: list(q("[lang]"), (el) => `lang="${el.getAttribute("lang")}"`),
    help: list(
      [...q("a[href]")].filter((a) =>
        /contact|help|ayuda|contacto|^tel:|^mailto:/i.test(`${a.getAttribute("href")} ${text(a)}`)
      ),
    ),
    status: list(
      q("[aria-live], [role=status], [role=alert], [role=log], output"),
      undefined,
      true,
    ),
  };
}

/** The page's facts, with axe's "needs review" elements filed under their criteria. */
export async function pageFacts(page: Page, incomplete: Violation[]): Promise<PageFacts> {
  const facts = await page.evaluate(factsInPage);
  for (const rule of incomplete) {
    for (const c of criteriaOf(rule.tags)) {
      const key = `axe:${c.id}`;
      facts[key] = [
        ...(facts[key] ?? []),
        ...rule.nodes.slice(0, 8).map((n) => ({
          target: n.target,
          html: n.html,
          note: `axe could not decide (${rule.ruleId}): ${rule.help}`,
        })),
      ].slice(0, 12);
    }
  }
  return facts;
}

/** The manual list of one page, from its facts (none: every criterion that applies everywhere). */
export function manualItems(facts: PageFacts | undefined): ManualItem[] {
  const items: ManualItem[] = [];
  for (const [id, spec] of Object.entries(manualCriteria)) {
    const found = spec.kinds.flatMap((kind) => facts?.[kind] ?? []);
    const review = facts?.[`axe:${id}`] ?? [];
    const elements = [...review, ...found].slice(0, 12);
    if (elements.length === 0 && !spec.always) continue;
    items.push({
      criterion: criterion(id),
      test: spec.test,
      elements: elements.length > 0
        ? elements
        : [{ target: "html", html: "", note: "the whole page" }],
    });
  }
  return items;
}
