/**
 * WCAG success criteria, read from axe's tags ("wcag111" is 1.1.1), named the way auditors
 * write findings up. The table holds every WCAG 2.2 A and AA criterion (the manual list names
 * them all) and the AAA ones axe can report; any other tag still maps to its number, with the
 * name left unknown.
 */

export interface Criterion {
  /** "1.4.10" */
  id: string;
  name: string;
  level: "A" | "AA" | "AAA" | "";
}

const table: Record<string, [name: string, level: Criterion["level"]]> = {
  "1.1.1": ["Non-text Content", "A"],
  "1.2.1": ["Audio-only and Video-only (Prerecorded)", "A"],
  "1.2.2": ["Captions (Prerecorded)", "A"],
  "1.2.3": ["Audio Description or Media Alternative (Prerecorded)", "A"],
  "1.2.4": ["Captions (Live)", "AA"],
  "1.2.5": ["Audio Description (Prerecorded)", "AA"],
  "1.3.1": ["Info and Relationships", "A"],
  "1.3.2": ["Meaningful Sequence", "A"],
  "1.3.3": ["Sensory Characteristics", "A"],
  "1.3.4": ["Orientation", "AA"],
  "1.3.5": ["Identify Input Purpose", "AA"],
  "1.4.1": ["Use of Color", "A"],
  "1.4.2": ["Audio Control", "A"],
  "1.4.3": ["Contrast (Minimum)", "AA"],
  "1.4.4": ["Resize Text", "AA"],
  "1.4.5": ["Images of Text", "AA"],
  "1.4.6": ["Contrast (Enhanced)", "AAA"],
  "1.4.8": ["Visual Presentation", "AAA"],
  "1.4.10": ["Reflow", "AA"],
  "1.4.11": ["Non-text Contrast", "AA"],
  "1.4.12": ["Text Spacing", "AA"],
  "1.4.13": ["Content on Hover or Focus", "AA"],
  "2.1.1": ["Keyboard", "A"],
  "2.1.2": ["No Keyboard Trap", "A"],
  "2.1.3": ["Keyboard (No Exception)", "AAA"],
  "2.1.4": ["Character Key Shortcuts", "A"],
  "2.2.1": ["Timing Adjustable", "A"],
  "2.2.2": ["Pause, Stop, Hide", "A"],
  "2.2.4": ["Interruptions", "AAA"],
  "2.3.1": ["Three Flashes or Below Threshold", "A"],
  "2.4.1": ["Bypass Blocks", "A"],
  "2.4.2": ["Page Titled", "A"],
  "2.4.3": ["Focus Order", "A"],
  "2.4.4": ["Link Purpose (In Context)", "A"],
  "2.4.5": ["Multiple Ways", "AA"],
  "2.4.6": ["Headings and Labels", "AA"],
  "2.4.7": ["Focus Visible", "AA"],
  "2.4.9": ["Link Purpose (Link Only)", "AAA"],
  "2.4.11": ["Focus Not Obscured (Minimum)", "AA"],
  "2.5.1": ["Pointer Gestures", "A"],
  "2.5.2": ["Pointer Cancellation", "A"],
  "2.5.3": ["Label in Name", "A"],
  "2.5.4": ["Motion Actuation", "A"],
  "2.5.7": ["Dragging Movements", "AA"],
  "2.5.8": ["Target Size (Minimum)", "AA"],
  "3.1.1": ["Language of Page", "A"],
  "3.1.2": ["Language of Parts", "AA"],
  "3.1.4": ["Abbreviations", "AAA"],
  "3.2.1": ["On Focus", "A"],
  "3.2.2": ["On Input", "A"],
  "3.2.3": ["Consistent Navigation", "AA"],
  "3.2.4": ["Consistent Identification", "AA"],
  "3.2.5": ["Change on Request", "AAA"],
  "3.2.6": ["Consistent Help", "A"],
  "3.3.1": ["Error Identification", "A"],
  "3.3.2": ["Labels or Instructions", "A"],
  "3.3.3": ["Error Suggestion", "AA"],
  "3.3.4": ["Error Prevention (Legal, Financial, Data)", "AA"],
  "3.3.7": ["Redundant Entry", "A"],
  "3.3.8": ["Accessible Authentication (Minimum)", "AA"],
  "4.1.1": ["Parsing (obsolete in WCAG 2.2)", "A"],
  "4.1.2": ["Name, Role, Value", "A"],
  "4.1.3": ["Status Messages", "AA"],
};

/** "wcag1410" -> "1.4.10"; level tags ("wcag21aa") and other tags -> undefined. */
export function criterionOfTag(tag: string): string | undefined {
  // Principles and guidelines have one digit, criteria one or two.
  const match = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
  return match ? `${match[1]}.${match[2]}.${Number(match[3])}` : undefined;
}

/** The criterion with its name and level; unknown numbers keep an empty name. */
export function criterion(id: string): Criterion {
  const [name, level] = table[id] ?? ["", ""];
  return { id, name, level };
}

/** The criteria a rule's tags name, in WCAG order. */
export function criteriaOf(tags: string[]): Criterion[] {
  const ids = [...new Set(tags.map(criterionOfTag).filter((id) => id !== undefined))];
  return ids.sort(compareCriteria).map(criterion);
}

/** Orders "1.4.3" before "1.4.10". */
export function compareCriteria(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** "1.1.1 Non-text Content (A)", or "1.9.9" for a number the table does not know. */
export function criterionTitle(c: Criterion): string {
  return c.name ? `${c.id} ${c.name} (${c.level})` : c.id;
}
