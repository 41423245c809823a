import { z } from "zod";
import { localizedText } from "../i18n/localized.ts";

/** `#rrggbb` or `#rgb`. */
const colour = z.string().regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, "use a hex colour such as #1d5c3a");

/** A file next to the profile (or below it), by a relative path. */
const file = (extensions: string[]) =>
  z.string().regex(
    new RegExp(`^(?!/)(?!.*\\.\\.)[\\w./-]+\\.(?:${extensions.join("|")})$`, "i"),
    `a path relative to the profile file, ending in .${extensions.join(", .")}`,
  );

/** The colours a servicer brands the site with, in one colour scheme. */
const palette = (defaults: Palette) =>
  z.strictObject({
    /** The header and other brand surfaces. */
    brand: colour.default(defaults.brand),
    /** Text and icons on the brand colour (header links, step numbers). */
    brandText: colour.default(defaults.brandText),
    /** Links on the page background. */
    link: colour.default(defaults.link),
    /** The focus ring around whatever the keyboard is on. */
    focus: colour.default(defaults.focus),
  }).default(defaults);

export interface Palette {
  brand: string;
  brandText: string;
  link: string;
  focus: string;
}

/** The shipped example's colours: what a profile gets for any colour it leaves out. */
export const exampleColours: { light: Palette; dark: Palette } = {
  light: { brand: "#0d3b66", brandText: "#ffffff", link: "#0b4fa3", focus: "#ffbf47" },
  dark: { brand: "#0f2a44", brandText: "#ffffff", link: "#8cc4ff", focus: "#ffbf47" },
};

/** The logo: one file for both colour schemes (`src`), or one for each (`light` and `dark`). */
const logo = z.strictObject({
  src: file(["svg", "png"]).optional(),
  light: file(["svg", "png"]).optional(),
  dark: file(["svg", "png"]).optional(),
  /** Says what the logo shows; leave it empty when the title is shown beside the logo. */
  alt: z.string().max(120).default(""),
  /** True to show only the logo, without the title beside it: `alt` must then name the site. */
  replacesTitle: z.boolean().default(false),
}).superRefine((l, ctx) => {
  const pair = l.light !== undefined && l.dark !== undefined;
  if ((l.src === undefined) === !pair || (l.src !== undefined && (l.light ?? l.dark))) {
    ctx.addIssue({ code: "custom", message: "give either src, or both light and dark" });
  }
  if (l.replacesTitle && !l.alt.trim()) {
    ctx.addIssue({
      code: "custom",
      message: "replacesTitle is true, so alt must name the site: the logo is the link's only text",
      path: ["alt"],
    });
  }
});

/**
 * The `site:` block of the profile: how the site presents its operator. Modelled on Starlight's
 * config (title per language, a logo with light and dark files, a favicon), plus the colours.
 */
export const siteSchema = z.strictObject({
  /** The site's name in the header and every page title: one text, or one per language code. */
  title: localizedText({ min: 2, max: 60 }),
  /** Shown at the start of the header, linking home. */
  logo: logo.optional(),
  /** The browser tab's icon: .svg, .png or .ico. */
  favicon: file(["svg", "png", "ico"]),
  /** Brand colours, light and dark; the build checks their contrast (WCAG 2.2 AA). */
  colours: z.strictObject({
    light: palette(exampleColours.light),
    dark: palette(exampleColours.dark),
  }).default(exampleColours),
});

export type SiteConfig = z.infer<typeof siteSchema>;
