/**
 * Legal citations as the guides write them: "12 CFR 1024.35(e)(3)", "5 U.S.C. 6103",
 * "12 CFR part 1024", and bare Regulation X or Z sections that follow one ("and 1024.17").
 */

const designators = String.raw`(?:\([A-Za-z0-9]{1,4}\))*`;
/** "12 CFR 1024.35(e)(3)", "26 U.S.C. 6050H", "12 CFR part 1024". */
const fullCitation = new RegExp(
  String.raw`\b(\d{1,2})\s+(CFR|C\.F\.R\.|U\.S\.C\.|USC)\s+(?:(?:part|parte)\s+|§+\s*)?` +
    String.raw`(\d+[A-Za-z]*(?:\.\d+[A-Za-z]*)?)(${designators})`,
  "g",
);
/** "1024.17(f)" without its title: CFR parts 1000-1099 are in title 12 (the CFPB's rules). */
const bareSection = new RegExp(
  String.raw`(?<![\d$,.])\b(10\d\d\.\d+)(${designators})(?!\d)`,
  "g",
);
/** A paragraph reference left on its own, e.g. "(b)(9)" or "(e)(3)(ii)". */
const orphanDesignators =
  /(?<![\w)])\((?:[a-z]|[ivx]{2,4})\)(?:\((?:[a-z]|\d{1,2}|[ivx]{2,4}|[A-Z])\))*/g;

function normalise(title: string, code: string, section: string, paragraphs: string): string {
  const codeName = /U\.?S\.?C/.test(code) ? "U.S.C." : "CFR";
  return `${title} ${codeName} ${section}${paragraphs}`;
}

/** Every citation in the text, normalised: "12 CFR 1024.35(e)(3)". */
export function findCitations(text: string): string[] {
  const flat = text.replace(/\s+/g, " ");
  const found: string[] = [];
  const rest = flat.replace(fullCitation, (_m, title, code, section, paragraphs) => {
    found.push(normalise(title, code, section, paragraphs));
    return " ";
  });
  for (const match of rest.matchAll(bareSection)) {
    found.push(normalise("12", "CFR", match[1], match[2]));
  }
  return found;
}

/** The text with every citation and loose paragraph reference removed. */
export function withoutCitations(text: string): string {
  return text
    .replace(fullCitation, " ")
    .replace(bareSection, " ")
    .replace(orphanDesignators, " ");
}
