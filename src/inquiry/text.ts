/** Text hygiene shared by every output: control characters out, lines wrapped. */

/** C0, DEL, C1, U+2028/2029, and bidi overrides (which can disguise what a line says). */
// deno-lint-ignore no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_NEWLINE =
  // deno-lint-ignore no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:[^\ud800-\udbff]|^)[\udc00-\udfff]/g;

/** Replaces unpaired surrogates with U+FFFD so every encoder sees the same text. */
export function wellFormed(text: string): string {
  return text.replace(
    LONE_SURROGATE,
    (m) => m.length === 2 ? m[0] + "\ufffd" : "\ufffd",
  );
}

/** One line of text: no control characters, runs of whitespace collapsed, trimmed. */
export function singleLine(text: string): string {
  return wellFormed(text).replace(CONTROLS, " ").replace(/\s+/g, " ").trim();
}

/** Multi-line text: LF line ends, tabs as spaces, no other control characters. */
export function multiLine(text: string): string {
  return wellFormed(text)
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

/**
 * Wraps each line at `width` columns, keeping its indent (and a "- " bullet's hang) on continuation lines.
 * Words are never split unless they are longer than the width.
 */
export function wrap(text: string, width = 78): string {
  return text.split("\n").map((line) => wrapLine(line, width)).join("\n");
}

function wrapLine(line: string, width: number): string {
  const indent = /^ */.exec(line)![0];
  const rest = line.slice(indent.length);
  const hang = indent + (rest.startsWith("- ") ? "  " : "");
  const words = rest.split(/ +/).filter((w) => w !== "");
  if (words.length === 0) return "";
  const out: string[] = [];
  let current = indent;
  const room = Math.max(width - hang.length, 10);
  for (const word of words) {
    for (const piece of chunk(word, room)) {
      const len = codePoints(current).length;
      if (current.trim() === "") current += piece;
      else if (len + 1 + codePoints(piece).length <= width) {
        current += " " + piece;
      } else {
        out.push(current);
        current = hang + piece;
      }
    }
  }
  out.push(current);
  return out.join("\n");
}

function chunk(word: string, size: number): string[] {
  const chars = codePoints(word);
  if (chars.length <= size) return [word];
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += size) {
    pieces.push(chars.slice(i, i + size).join(""));
  }
  return pieces;
}

/** UTF-8 bytes of a string (unpaired surrogates become U+FFFD). */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
