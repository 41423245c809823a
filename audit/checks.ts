/**
 * The audit's checks: what each one tests, under which WCAG success criteria, and what it cannot
 * see. --only and --skip take these names; --help and README's table list them.
 */

export const checkNames = [
  "axe",
  "structure",
  "practice",
  "operable",
  "order",
  "motion",
  "reflow",
  "keyboard",
  "hover",
  "spacing",
  "zoom",
  "input",
  "forms",
  "titles",
  "markup",
  "widget",
] as const;

export type CheckName = (typeof checkNames)[number];

export interface CheckInfo {
  /** The success criteria it reports under, as `--help` shows them. */
  criteria: string;
  does: string;
  cannotSee: string;
}

export const checkInfo: Record<CheckName, CheckInfo> = {
  axe: {
    criteria: "many A and AA (axe's tags)",
    does: "axe-core through AxeBuilder at 375 and 1280 px, light and dark",
    cannotSee: "anything that needs judgement: whether alt text, labels and headings say the " +
      "right thing; text over images; what it marks 'needs review' goes to the manual list",
  },
  structure: {
    criteria: "1.1.1 1.3.1 1.4.1 2.4.2 2.4.4 3.1.1 3.1.2",
    does:
      "text styled as a heading, lists not marked up, list items told apart by colour alone, alt text that is a file name or a " +
      "placeholder word, fieldsets without legend, tables nested or ragged, page title " +
      "missing or unlike the page, ambiguous link text, passages in another language",
    cannotSee: "headings and links that are marked up but say the wrong thing; languages other " +
      "than English, Spanish, French, German, Italian and Portuguese; passages under 6 words",
  },
  operable: {
    criteria: "2.1.1",
    does: "elements with click listeners (DevTools protocol) or an interactive role that Tab " +
      "cannot reach, or that Enter or Space cannot use; focusable text that does nothing",
    cannotSee: "listeners delegated to the document; gestures, drag and drop, custom shortcuts",
  },
  order: {
    criteria: "1.3.2 2.4.3",
    does: "CSS that shows siblings in another order than the source (flex order, reversed " +
      "direction, right floats, grid placement) and positive tabindex",
    cannotSee: "whether a source order that matches the layout is itself the meaningful one",
  },
  motion: {
    criteria: "2.2.2 2.3.1",
    does: "animations, marquees, autoplaying video and timers that change the page, running " +
      "over 5 s with no pause control; very fast flashing; motion kept with reduced motion",
    cannotSee: "animated images and canvas drawing; the area and contrast of a flash",
  },
  reflow: {
    criteria: "1.4.10",
    does: "at 320 px wide nothing scrolls sideways",
    cannotSee: "content that is hidden rather than reflowed",
  },
  keyboard: {
    criteria: "2.1.2 2.4.7 2.4.11 3.2.1",
    does: "Tab from the top until focus comes back round: each stop shows focus, is not hidden " +
      "under a sticky header or footer (also walking back with Shift+Tab), Tab is never held, " +
      "and focusing never navigates, opens a window or submits a form",
    cannotSee: "whether the focus indicator has enough contrast; focus inside frames",
  },
  hover: {
    criteria: "1.4.13 2.1.1",
    does: "content shown on hover or focus (CSS :hover rules, mouse listeners): Escape hides " +
      "it, the pointer can move onto it, it stays until dismissed; menus shown on hover only",
    cannotSee: "content shown after a delay longer than the check waits; native title tooltips " +
      "(exempt)",
  },
  spacing: {
    criteria: "1.4.12",
    does: "with WCAG's text spacing (line height 1.5, paragraphs 2, letters 0.12, words 0.16) " +
      "no text is cut off or overlaps",
    cannotSee: "text drawn in images or canvas; overlap that only shows at other widths",
  },
  zoom: {
    criteria: "1.4.4",
    does: "with text at 200% text grows, nothing is cut off, nothing scrolls sideways at 1280 px",
    cannotSee: "text sized in px that a browser zoom would still enlarge",
  },
  input: {
    criteria: "3.2.2",
    does: "changing each select, radio, checkbox and text field never navigates, opens a " +
      "window, submits the form or moves focus",
    cannotSee: "changes announced beforehand (which are allowed); fields inside frames",
  },
  forms: {
    criteria: "1.3.5 1.4.1 3.3.1 3.3.2 3.3.3",
    does: "each form submitted empty and with wrongly formatted answers: errors in text, tied to " +
      "their fields, not by colour alone, saying how to correct; placeholder-only labels; " +
      "personal fields without autocomplete",
    cannotSee: "errors found only by the server; whether a suggestion is correct; 3.3.4",
  },
  practice: {
    criteria: "best practice",
    does: "beyond WCAG's letter: unexpanded abbreviations, justified, italic, tiny or all-caps " +
      "text, obsolete elements, links that open new windows or files without saying so, " +
      "words put in by CSS",
    cannotSee: "whether the words themselves are plain",
  },
  titles: {
    criteria: "2.4.2",
    does: "the same page title on two pages of the site",
    cannotSee: "titles that are unique but wrong",
  },
  markup: {
    criteria: "4.1.1 (best practice)",
    does: "the W3C Nu HTML Checker (vnu.jar, needs Java) on each page's HTML: parsing errors " +
      "that break assistive technology (mismatched tags, duplicate ids and attributes)",
    cannotSee: "content added by scripts; reported as not run when Java is missing",
  },
  widget: {
    criteria: "as axe",
    does: "this site only: axe on the contact widget's and My messages' states",
    cannotSee: "states not listed in audit/widget-states.ts and audit/messages-states.ts",
  },
};

/** The checks that run: all, or --only's, less --skip's. */
export function checksToRun(only: CheckName[], skip: CheckName[]): Set<CheckName> {
  const base = only.length > 0 ? only : [...checkNames];
  return new Set(base.filter((name) => !skip.includes(name)));
}

/** Parses a comma list of check names; the unknown ones are returned as `bad`. */
export function parseCheckList(text: string): { names: CheckName[]; bad: string[] } {
  const items = text.split(",").map((s) => s.trim()).filter(Boolean);
  const names = items.filter((s): s is CheckName => (checkNames as readonly string[]).includes(s));
  return { names, bad: items.filter((s) => !names.includes(s as CheckName)) };
}
