import type { Palette } from "./site.ts";

/**
 * The colours the profile does not set: surfaces, text, borders and states, light and dark. The
 * generated stylesheet puts them in the low-precedence `defaults` layer; the profile's brand
 * colours come after, unlayered, so they win whatever the order of the stylesheets.
 */
export const baseColours = {
  light: {
    bg: "#ffffff",
    surface: "#f3f5f7",
    text: "#1b1f24",
    muted: "#4a525c",
    border: "#6b7580",
    linkVisited: "#5a2a86",
    focusText: "#0b0c0c",
    error: "#b3261e",
    warningBg: "#fff4d6",
    warningBorder: "#b36b00",
    noteBg: "#e8f1fb",
    success: "#00703c",
    button: "#00703c",
    buttonText: "#ffffff",
    buttonShadow: "#002d18",
    danger: "#b3261e",
    dangerText: "#ffffff",
    dangerShadow: "#5c130f",
    dueSoon: "#8a4b00",
  },
  dark: {
    bg: "#111418",
    surface: "#1c2128",
    text: "#eef1f4",
    muted: "#b9c1ca",
    border: "#8d98a5",
    linkVisited: "#d3b4f5",
    focusText: "#0b0c0c",
    error: "#ff8a80",
    warningBg: "#3a2f10",
    warningBorder: "#b36b00",
    noteBg: "#13283f",
    success: "#7ddc9f",
    button: "#1d7a4a",
    buttonText: "#ffffff",
    buttonShadow: "#002d18",
    danger: "#b3261e",
    dangerText: "#ffffff",
    dangerShadow: "#5c130f",
    dueSoon: "#ffcf70",
  },
};

export type BaseColours = typeof baseColours.light;
/** Every colour of one scheme: the base ones and the profile's. */
export type Scheme = BaseColours & Palette;

/** `linkVisited` -> `--link-visited`. */
const property = (name: string) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

const declarations = (colours: Record<string, string>, indent: string) =>
  Object.entries(colours).map(([name, value]) => `${indent}${property(name)}: ${value};`).join(
    "\n",
  );

/**
 * The stylesheet the build generates from the profile: every colour as a custom property, light
 * by default and dark by preference. Linked like any other stylesheet (hashed, allowed by the CSP
 * without inline styles).
 */
export function coloursStylesheet(brand: { light: Palette; dark: Palette }): string {
  return `/* Generated from the servicer profile's site.colours (src/profile/tokens.ts). */
@layer defaults {
  :root {
${declarations(baseColours.light, "    ")}
  }
  @media (prefers-color-scheme: dark) {
    :root {
${declarations(baseColours.dark, "      ")}
    }
  }
}
:root {
${declarations({ ...brand.light }, "  ")}
}
@media (prefers-color-scheme: dark) {
  :root {
${declarations({ ...brand.dark }, "    ")}
  }
}
`;
}
