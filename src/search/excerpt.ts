// Excerpts for search results, cut from the page text Pagefind returns: they start at a word
// boundary (a sentence's start when one is near), never inside a legal citation, and show an
// ellipsis where the text goes on.

/** A run of excerpt text; `mark` for a word the search matched. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface Excerpt {
  parts: ExcerptPart[];
  /** It starts inside a sentence (after a colon, too): an ellipsis goes before it. */
  before: boolean;
  /** The sentence goes on after it: an ellipsis goes after it. */
  after: boolean;
}

/** Where an excerpt may start after: the end of a sentence or of a lead-in ("Short answer:"). */
const clauseEnd = /[.!?:;]["”’)]*$/;
const sentenceEnd = /[.!?]["”’)]*$/;
/** Initials end in a full stop without ending a sentence: "U.S.C.", "e.g.". */
const initials = /^(?:\p{L}\.){2,}\p{L}?\.?$/u;
const endsSentence = (word: string) => sentenceEnd.test(word) && !initials.test(word);
/** A piece of a legal citation: "12", "CFR", "1024.35(e)(3)).", "§", "U.S.C.". */
const citationWord = /^(?:§+|CFR|U\.S\.C\.?|\(?\d+(?:\.\d+)*(?:\([a-z0-9]+\))*\)?)[).,;:]*$/i;
const count = (word: string, char: string) => word.split(char).length - 1;

/** Moves `start` past an open parenthesis or a citation it would begin inside of. */
function pastCitation(words: readonly string[], start: number, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < start; i++) {
    depth = Math.max(0, depth + count(words[i], "(") - count(words[i], ")"));
  }
  while (depth > 0 && start < to) {
    depth += count(words[start], "(") - count(words[start], ")");
    start++;
  }
  if (start > from && citationWord.test(words[start - 1] ?? "")) {
    while (start < to && citationWord.test(words[start])) start++;
  }
  return start;
}

/** Where an excerpt ending at `end` closes a parenthesis it opened: a few words on, or before it. */
function pastOpenParenthesis(words: readonly string[], start: number, end: number, to: number) {
  let depth = 0;
  let opened = end;
  for (let i = start; i < end; i++) {
    const next = depth + count(words[i], "(") - count(words[i], ")");
    if (depth <= 0 && next > 0) opened = i;
    depth = Math.max(0, next);
  }
  for (let i = end; depth > 0 && i < Math.min(to, end + 8); i++) {
    depth = Math.max(0, depth + count(words[i], "(") - count(words[i], ")"));
    if (depth === 0) return i + 1;
  }
  return depth > 0 && opened > start ? opened : end;
}

/**
 * About `length` words of `words[from, to)` around the densest run of `marked` word indexes.
 * `words` is the page text split on whitespace, as Pagefind counts word locations.
 */
export function buildExcerpt(
  words: readonly string[],
  marked: ReadonlySet<number>,
  from: number,
  to: number,
  length = 24,
): Excerpt {
  const hits = [...marked].filter((i) => i >= from && i < to).sort((a, b) => a - b);
  // The first hit of the window of `length` words that holds the most different words found,
  // then the most hits.
  const plain = (i: number) => words[i].toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  let first = hits[0] ?? from;
  let most = 0;
  for (const hit of hits) {
    const held = hits.filter((other) => other >= hit && other < hit + length);
    const worth = new Set(held.map(plain)).size * 1000 + held.length;
    if (worth > most) [most, first] = [worth, hit];
  }
  // Back to its sentence's start when that is near, else a few words of lead-in.
  let start = first;
  while (start > from && first - start < 12 && !clauseEnd.test(words[start - 1])) start--;
  if (start > from && !clauseEnd.test(words[start - 1])) start = Math.max(from, first - 3);
  start = pastCitation(words, start, from, to);
  // To the sentence's end when it is near.
  let end = Math.min(to, start + length);
  for (let i = end; i < Math.min(to, end + 6); i++) {
    if (endsSentence(words[i - 1])) break;
    if (endsSentence(words[i])) end = i + 1;
  }
  end = pastOpenParenthesis(words, start, end, to);
  const parts: ExcerptPart[] = [];
  const add = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (!text) return;
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  const after = end < words.length && !endsSentence(words[end - 1]);
  for (let i = start; i < end; i++) {
    // A comma or colon right before the ellipsis goes.
    const word = i === end - 1 && after ? words[i].replace(/[,;:]+$/, "") : words[i];
    if (i > start) add(" ", false);
    if (!marked.has(i)) {
      add(word, false);
      continue;
    }
    // The mark covers the word, not the punctuation around it.
    const [, lead, core, trail] = word.match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u)!;
    add(lead, false);
    add(core, true);
    add(trail, false);
  }
  return { parts, before: start > from && !sentenceEnd.test(words[start - 1]), after };
}
