/** Text hygiene shared by every output: control characters out, well-formed UTF-16. */

/** C0, DEL, C1, U+2028/2029, and bidi overrides (which can disguise what a line says). */
// deno-lint-ignore no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_NEWLINE =
  // deno-lint-ignore no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/**
 * Invisible characters that can sit inside a number or a word: soft hyphen, zero-width space, word
 * joiner, BOM; and the zero-width (non-)joiner next to a digit (in other scripts and inside emoji
 * they shape the text, so they stay there).
 */
const INVISIBLE =
  /[\u00ad\u180e\u200b\u2060-\u2064\ufeff]|[\u200c\u200d](?=\d)|(?<=\d)[\u200c\u200d]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:[^\ud800-\udbff]|^)[\udc00-\udfff]/g;

/** Replaces unpaired surrogates with U+FFFD so every encoder sees the same text. */
export function wellFormed(text: string): string {
  return text.replace(
    LONE_SURROGATE,
    (m) => m.length === 2 ? m[0] + "\ufffd" : "\ufffd",
  );
}

/** What a borrower typed, well formed and without the invisible characters above. */
function typed(text: string): string {
  return wellFormed(text).replace(INVISIBLE, "");
}

/** One line of text: no control characters, runs of whitespace collapsed, trimmed. */
export function singleLine(text: string): string {
  return typed(text).replace(CONTROLS, " ").replace(/\s+/g, " ").trim();
}

/** Multi-line text: LF line ends, tabs as spaces, no other control characters. */
export function multiLine(text: string): string {
  return typed(text)
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, "  ")
    .replace(CONTROLS_BUT_NEWLINE, "")
    .replace(/[ \u00a0]+$/gm, "")
    .trim();
}

/** Length in code points (what a reader sees as characters, near enough). */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/** UTF-8 bytes of a string (unpaired surrogates become U+FFFD). */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
