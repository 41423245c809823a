/**
 * The audit's own rules, for what axe cannot check. Described the way axe describes its rules,
 * with the WCAG tags that decide whether they run (--tags) and name their success criterion in
 * the reports, and the check (audit/checks.ts) that reports them.
 */
import type { CheckName } from "./checks.ts";
import type { DisabledRule, FailingNode, Violation } from "./types.ts";

export type ExtraRule = Omit<Violation, "nodes"> & { check: CheckName };

const understanding = (page: string) => `https://www.w3.org/WAI/WCAG22/Understanding/${page}.html`;

function rule(
  ruleId: string,
  check: CheckName,
  impact: string,
  description: string,
  help: string,
  tags: string[],
  helpUrl: string,
): [string, ExtraRule] {
  return [ruleId, {
    ruleId,
    check,
    impact,
    description,
    help,
    helpUrl,
    tags: [...tags, "audit-extra"],
  }];
}

const bp = ["best-practice"];

export const extraRules: Record<string, ExtraRule> = Object.fromEntries([
  rule(
    "keyboard-focus-visible",
    "keyboard",
    "serious",
    "Every element reached with Tab shows a visible focus indicator",
    "Give every focusable element a focus style that differs from its unfocused style " +
      "(for example an outline or box-shadow in :focus-visible), and keep it on screen",
    ["wcag2aa", "wcag247"],
    understanding("focus-visible"),
  ),
  rule(
    "keyboard-trap",
    "keyboard",
    "critical",
    "Tab moves focus through the whole page and out again",
    "Let focus leave every element with Tab; do not catch Tab in scripts " +
      "unless a dialog gives another way out",
    ["wcag2a", "wcag212"],
    understanding("no-keyboard-trap"),
  ),
  rule(
    "focus-not-obscured",
    "keyboard",
    "serious",
    "A focused element is not entirely hidden by a sticky header, footer or banner",
    "Leave room for sticky parts (scroll-padding-top or -bottom as tall as they are), or do " +
      "not make them sticky",
    ["wcag22aa", "wcag2411"],
    understanding("focus-not-obscured-minimum"),
  ),
  rule(
    "change-on-focus",
    "keyboard",
    "serious",
    "Moving focus does not navigate, open a window or submit a form",
    "Act only when the user activates a control, never when it receives focus",
    ["wcag2a", "wcag321"],
    understanding("on-focus"),
  ),
  rule(
    "reflow-320",
    "reflow",
    "serious",
    "At 320 CSS px wide the page does not scroll sideways",
    "Let content wrap: avoid fixed widths, use max-width: 100%, break long words, " +
      "and put wide tables or code in their own scrolling container",
    ["wcag21aa", "wcag1410"],
    understanding("reflow"),
  ),
  rule(
    "text-zoom-200",
    "zoom",
    "serious",
    "With text at 200% the page keeps all its content: text grows, nothing is " +
      "clipped, nothing scrolls sideways at 1280 px",
    "Size text in rem or em, let boxes grow with their text (no fixed heights with " +
      "overflow: hidden), and let lines wrap",
    ["wcag2aa", "wcag144"],
    understanding("resize-text"),
  ),
  rule(
    "text-spacing",
    "spacing",
    "serious",
    "With WCAG's text spacing no text is cut off or overlaps other text",
    "Let boxes grow with their text: no fixed heights on text, min-height instead of height, " +
      "no overflow: hidden or text-overflow: ellipsis on text",
    ["wcag21aa", "wcag1412"],
    understanding("text-spacing"),
  ),
  rule(
    "hover-content",
    "hover",
    "serious",
    "Content shown on hover or focus can be dismissed with Escape, hovered, and stays until " +
      "dismissed",
    "Hide it on Escape, keep it while the pointer is over the trigger or the content (no gap " +
      "between them), and do not hide it on a timer",
    ["wcag21aa", "wcag1413"],
    understanding("content-on-hover-or-focus"),
  ),
  rule(
    "hover-only",
    "hover",
    "serious",
    "What hovering shows can also be reached with the keyboard",
    "Show it also on focus (:focus-within), or with a button that toggles it",
    ["wcag2a", "wcag211"],
    understanding("keyboard"),
  ),
  rule(
    "keyboard-operable",
    "operable",
    "serious",
    "Everything that acts on click can be reached with Tab and used with Enter or Space",
    'Use a real <button> or <a href>; failing that give the element tabindex="0", a role and ' +
      "key handlers for Enter (and Space for buttons)",
    ["wcag2a", "wcag211"],
    understanding("keyboard"),
  ),
  rule(
    "focusable-without-purpose",
    "operable",
    "minor",
    "Only things that do something take keyboard focus",
    'Remove tabindex="0" from text and containers; keep it for controls',
    ["best-practice"],
    understanding("focus-order"),
  ),
  rule(
    "focus-order-visual",
    "order",
    "serious",
    "What the page shows in one order, the source (and so Tab and screen readers) has in the same order",
    "Put the elements in the source in the order they are shown; do not reorder them with " +
      "flex order, reversed directions, right floats or grid placement, nor with positive tabindex",
    ["wcag2a", "wcag132", "wcag243"],
    understanding("meaningful-sequence"),
  ),
  rule(
    "motion-pause",
    "motion",
    "serious",
    "Content that moves, blinks or updates by itself for over 5 seconds can be paused",
    "Stop it within 5 seconds, or give a visible pause or stop button before it",
    ["wcag2a", "wcag222"],
    understanding("pause-stop-hide"),
  ),
  rule(
    "flashing",
    "motion",
    "critical",
    "Nothing flashes more than three times in one second",
    "Slow the animation to at most three changes a second, or remove it",
    ["wcag2a", "wcag231"],
    understanding("three-flashes-or-below-threshold"),
  ),
  rule(
    "motion-reduce-ignored",
    "motion",
    "moderate",
    "Animations stop when the visitor's device asks for reduced motion",
    "Wrap animations in @media (prefers-reduced-motion: no-preference), or stop them in " +
      "@media (prefers-reduced-motion: reduce)",
    bp,
    understanding("animation-from-interactions"),
  ),
  rule(
    "heading-styled-text",
    "structure",
    "moderate",
    "Text that looks like a heading is marked up as one",
    "Use <h2>-<h6> (at the right level) for text that introduces a section, not bold or large " +
      "text in a <p> or <div>",
    ["wcag2a", "wcag131"],
    understanding("info-and-relationships"),
  ),
  rule(
    "list-not-marked-up",
    "structure",
    "moderate",
    "Items written as a list are marked up as a list",
    "Use <ul> or <ol> with <li> instead of bullet characters, numbers or <br> between items",
    ["wcag2a", "wcag131"],
    understanding("info-and-relationships"),
  ),
  rule(
    "colour-only",
    "structure",
    "serious",
    "Items of a list are not told apart by colour alone",
    "Add words, an icon with a text alternative, or a heading to say what the colour means",
    ["wcag2a", "wcag141"],
    understanding("use-of-color"),
  ),
  rule(
    "form-group-structure",
    "structure",
    "serious",
    "Fieldsets have a legend, and labels are not shared by several fields",
    "Give each <fieldset> a <legend> that names the group, and each field a label of its own",
    ["wcag2a", "wcag131"],
    understanding("info-and-relationships"),
  ),
  rule(
    "table-structure",
    "structure",
    "serious",
    "Data tables are simple enough to be read out: not nested, rows of the same length, headers in th",
    "Do not put a table inside a table; give every row the same number of cells (colspan " +
      "included); use CSS, not tables, for layout",
    ["wcag2a", "wcag131"],
    understanding("info-and-relationships"),
  ),
  rule(
    "hint-not-associated",
    "structure",
    "moderate",
    "Hint text between a label and its field is tied to the field",
    "Give the hint an id and add it to the field's aria-describedby",
    ["wcag2a", "wcag131"],
    understanding("info-and-relationships"),
  ),
  rule(
    "image-alt-quality",
    "structure",
    "serious",
    "Text alternatives describe the image, not its file or its kind",
    'Write what the image shows or does (alt="" if it is decoration); not a file name, nor ' +
      'words like "image" or "button"; do not give a presentational image alt text',
    ["wcag2a", "wcag111"],
    understanding("non-text-content"),
  ),
  rule(
    "page-title-descriptive",
    "structure",
    "serious",
    "The page title says what the page is",
    "Start the title with what the page is about (its main heading), then the site name",
    ["wcag2a", "wcag242"],
    understanding("page-titled"),
  ),
  rule(
    "page-title-unique",
    "titles",
    "moderate",
    "Each page has a title of its own",
    "Give every page a title that tells it from the site's other pages",
    ["wcag2a", "wcag242"],
    understanding("page-titled"),
  ),
  rule(
    "link-purpose",
    "structure",
    "serious",
    "Each link's purpose is clear from its text or its context",
    'Say where the link goes in its text (not "click here" or "read more"), and do not use ' +
      "the same text for links that go to different places",
    ["wcag2a", "wcag244"],
    understanding("link-purpose-in-context"),
  ),
  rule(
    "language-of-page",
    "structure",
    "serious",
    "The page's lang attribute names the language its text is written in",
    "Set <html lang> to the language of the page's text",
    ["wcag2a", "wcag311"],
    understanding("language-of-page"),
  ),
  rule(
    "language-of-parts",
    "structure",
    "serious",
    "Passages in another language than the page's are marked with lang",
    'Put lang=".." on the element around the passage (and dir="rtl" for right-to-left scripts)',
    ["wcag2aa", "wcag312"],
    understanding("language-of-parts"),
  ),
  rule(
    "label-placeholder-only",
    "forms",
    "serious",
    "Fields have a visible label, not only a placeholder",
    "Add a <label> that stays visible while the field has text; keep the placeholder for an " +
      "example at most",
    ["wcag2a", "wcag332"],
    understanding("labels-or-instructions"),
  ),
  rule(
    "autocomplete-missing",
    "forms",
    "serious",
    "Fields that ask for the visitor's own details say so with autocomplete",
    "Add autocomplete with the purpose's token (name, email, tel, street-address, postal-code...)",
    ["wcag21aa", "wcag135"],
    understanding("identify-input-purpose"),
  ),
  rule(
    "form-error-identified",
    "forms",
    "serious",
    "A form submitted with missing or wrong answers says in text what is wrong",
    "Show an error message next to each field with a problem (and an error summary at the top)",
    ["wcag2a", "wcag331"],
    understanding("error-identification"),
  ),
  rule(
    "form-error-colour-only",
    "forms",
    "serious",
    "Errors are not shown by colour alone",
    "Add an error message in words, and an icon or thicker border if you like, not only a red " +
      "border or label",
    ["wcag2a", "wcag141", "wcag331"],
    understanding("use-of-color"),
  ),
  rule(
    "form-error-linked",
    "forms",
    "serious",
    "Each error message is tied to its field",
    "Give the message an id and add it to the field's aria-describedby (and set " +
      'aria-invalid="true")',
    ["wcag2a", "wcag131", "wcag331"],
    understanding("error-identification"),
  ),
  rule(
    "form-error-suggestion",
    "forms",
    "moderate",
    "Error messages for wrong formats say how to put it right",
    'Say what to enter, e.g. "Enter an email address in the correct format, like ' +
      'name@example.com", not "Invalid"',
    ["wcag2aa", "wcag333"],
    understanding("error-suggestion"),
  ),
  rule(
    "change-on-input",
    "input",
    "serious",
    "Changing a field's value does not navigate, open a window, submit the form or move focus",
    "Act on a button press, not on change; or say beforehand what changing the field will do",
    ["wcag2a", "wcag322"],
    understanding("on-input"),
  ),
  rule(
    "markup-parsing",
    "markup",
    "moderate",
    "The HTML parses as written: tags close in order, ids and attributes are not repeated",
    "Fix the HTML checker's error; assistive technology may read a mis-parsed page differently",
    ["best-practice", "wcag411"],
    understanding("parsing"),
  ),
  rule(
    "abbreviation-expanded",
    "practice",
    "minor",
    "Abbreviations say what they stand for the first time they are used",
    "Write the words out first, or give <abbr> a title",
    bp,
    understanding("abbreviations"),
  ),
  rule(
    "text-readable",
    "practice",
    "minor",
    "Running text is easy to read: not justified, not long runs of italics or capitals, not tiny, " +
      "lines not too long or too tight",
    "Align text left, size it at least 12 px, keep lines under about 80 characters with a line " +
      "height of at least 1.3, and use italics and capitals sparingly",
    bp,
    understanding("visual-presentation"),
  ),
  rule(
    "obsolete-markup",
    "practice",
    "minor",
    "No obsolete presentational elements, spacer images or empty paragraphs",
    "Style with CSS instead of <font>, <center> or spacer images; use margins, not empty <p>",
    bp,
    understanding("info-and-relationships"),
  ),
  rule(
    "link-practice",
    "practice",
    "minor",
    "Links make sense alone, say when they open a new window or a file, go somewhere, and " +
      "are not repeated side by side",
    'Write link text that says where it goes; add "(opens in a new tab)" or "(PDF, 2 MB)"; ' +
      'use a button, not href="javascript:", for actions; join an image link and a text link ' +
      "to the same place into one link",
    bp,
    understanding("link-purpose-link-only"),
  ),
  rule(
    "css-content",
    "practice",
    "minor",
    "Words are in the page, not put in by CSS or hidden from screen readers by mistake",
    "Write words in the HTML; hide text visually with a visually-hidden class, not " +
      "display: none or visibility: hidden",
    bp,
    understanding("info-and-relationships"),
  ),
]);

/** Whether an extra rule runs: one of its tags was asked for and it was not disabled. */
export function extraRuleEnabled(id: string, tags: string[], disabled: DisabledRule[]): boolean {
  const rule = extraRules[id];
  return rule !== undefined && rule.tags.some((tag) => tags.includes(tag)) &&
    !disabled.some((d) => d.id === id);
}

/** The violation of an extra rule, or none when no element broke it. */
export function extraViolation(id: string, nodes: FailingNode[]): Violation[] {
  if (nodes.length === 0) return [];
  const { check: _check, ...rule } = extraRules[id];
  return [{ ...rule, nodes }];
}

/** Violations from a map of rule id to failing elements, keeping the enabled rules only. */
export function violationsOf(
  found: Record<string, FailingNode[]>,
  enabled: (id: string) => boolean,
): Violation[] {
  return Object.entries(found).filter(([id]) => enabled(id)).flatMap(([id, nodes]) =>
    extraViolation(id, nodes.slice(0, 20))
  );
}

/** The rules a check reports. */
export function rulesOf(check: CheckName): string[] {
  return Object.values(extraRules).filter((r) => r.check === check).map((r) => r.ruleId);
}
