/**
 * The accessibility bar every audited page is held to (DESIGN.md): which axe rules, at which
 * widths, in which colour schemes. The one definition; nothing else in the project repeats it.
 */

/** axe-core tags: WCAG 2.0, 2.1 and 2.2 at A and AA, plus axe's best practices. */
export const defaultTags = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "wcag22aa",
  "best-practice",
];

/** A window size. */
export interface Width {
  width: number;
  height: number;
}

/** Every page is checked with axe at a phone's width and a laptop's, narrowest first. */
export const widths: readonly Width[] = [
  { width: 375, height: 800 },
  { width: 1280, height: 900 },
];

/** ...in both colour schemes, as the visitor's device asks for them. */
export const colorSchemes = ["light", "dark"] as const;

export type ColorScheme = (typeof colorSchemes)[number];

/** WCAG 1.4.10 Reflow: at this width (CSS px) nothing may scroll sideways. */
export const reflowSize: Width = { width: 320, height: 640 };

/** The widest audited width, where the keyboard walk and the 200% text check run. */
export const wideSize: Width = widths[widths.length - 1];
