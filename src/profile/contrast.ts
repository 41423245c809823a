import type { Palette } from "./site.ts";
import { baseColours, type Scheme } from "./tokens.ts";

/** WCAG 2.2 relative luminance of a #rgb or #rrggbb colour. */
export function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join("") : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** One pair the site draws: a foreground (or one of a two-tone ring) on a background. */
interface Pair {
  /** The colours drawn; the pair passes when any one of them reaches the ratio (a two-tone ring). */
  fg: (keyof Scheme)[];
  bg: keyof Scheme;
  needs: 4.5 | 3;
  /** What it is, in a message. */
  what: string;
  wcag: string;
}

const text = (fg: keyof Scheme, bg: keyof Scheme, what: string): Pair => ({
  fg: [fg],
  bg,
  needs: 4.5,
  what,
  wcag: "1.4.3",
});

/** Every pair of colours the stylesheets put together, in each scheme. */
const pairs: Pair[] = [
  text("brandText", "brand", "header text on the brand colour"),
  text("link", "bg", "links on the page"),
  text("link", "surface", "links in the footer and panels"),
  text("link", "noteBg", "links in notes"),
  text("link", "warningBg", "links in notices"),
  text("linkVisited", "bg", "visited links on the page"),
  text("linkVisited", "surface", "visited links in the footer and panels"),
  text("text", "bg", "text on the page"),
  text("text", "surface", "text in the footer and panels"),
  text("muted", "bg", "secondary text"),
  text("muted", "surface", "secondary text in panels"),
  text("error", "bg", "error messages"),
  text("focusText", "focus", "the skip link and search highlights"),
  text("buttonText", "button", "button labels"),
  text("dangerText", "danger", "delete-button labels"),
  {
    fg: ["focus", "focusText"],
    bg: "bg",
    needs: 3,
    what: "the focus ring on the page",
    wcag: "1.4.11, 2.4.13",
  },
  {
    fg: ["focus", "focusText"],
    bg: "surface",
    needs: 3,
    what: "the focus ring in the footer and panels",
    wcag: "1.4.11, 2.4.13",
  },
  {
    fg: ["focus", "focusText"],
    bg: "brand",
    needs: 3,
    what: "the focus ring in the header",
    wcag: "1.4.11, 2.4.13",
  },
  { fg: ["border"], bg: "bg", needs: 3, what: "form field borders", wcag: "1.4.11" },
];

/** A pair below its ratio, with the profile keys of the colours involved. */
export interface ContrastFailure {
  scheme: "light" | "dark";
  /** The profile's own colour in the pair, if any: where the message points. */
  key?: keyof Palette;
  message: string;
}

const brandKeys = new Set<string>(["brand", "brandText", "link", "focus"]);

/** Checks every pair in both schemes; one failure per pair below its ratio. */
export function checkContrast(brand: { light: Palette; dark: Palette }): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  for (const scheme of ["light", "dark"] as const) {
    const colours: Scheme = { ...baseColours[scheme], ...brand[scheme] };
    for (const pair of pairs) {
      const ratio = Math.max(...pair.fg.map((fg) => contrast(colours[fg], colours[pair.bg])));
      if (ratio >= pair.needs) continue;
      const name = (key: keyof Scheme) =>
        brandKeys.has(key) ? `site.colours.${scheme}.${key} ${colours[key]}` : colours[key];
      const fg = pair.fg.map(name).join(" or ");
      const key = [...pair.fg, pair.bg].find((k) => brandKeys.has(k)) as keyof Palette | undefined;
      failures.push({
        scheme,
        key,
        message: `${pair.what} (${scheme}): ${fg} on ${name(pair.bg)} is ${
          (Math.floor(ratio * 100) / 100).toFixed(2)
        }:1, needs ${pair.needs}:1 (WCAG ${pair.wcag})`,
      });
    }
  }
  return failures;
}
