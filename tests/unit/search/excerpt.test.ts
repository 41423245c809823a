import assert from "node:assert/strict";
import { buildExcerpt, type Excerpt } from "../../../src/search/excerpt.ts";

const split = (text: string) => text.split(/\s+/);
/** The excerpt as the page shows it, with [marks]. */
const show = ({ parts, before, after }: Excerpt) =>
  (before ? "…" : "") + parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join("") +
  (after ? "…" : "");
const marks = (words: string[], ...found: string[]) =>
  new Set(words.flatMap((word, i) => (found.some((f) => word.includes(f)) ? [i] : [])));

const text = split(
  "How escrow works. Your servicer pays your taxes and insurance from an escrow account. " +
    "It must pay them on time (12 CFR 1024.17(k)(1)). If a bill is paid late, the servicer " +
    "pays any penalty. Each year it reviews the account and sends you an escrow statement.",
);

Deno.test("buildExcerpt: starts at the start of the matching sentence and marks the words", () => {
  const words = split(
    "One two three. Your servicer pays the escrow bills. Then more words follow here.",
  );
  const excerpt = buildExcerpt(words, marks(words, "escrow"), 0, words.length, 6);
  assert.equal(show(excerpt), "Your servicer pays the [escrow] bills.");
});

Deno.test("buildExcerpt: ends with an ellipsis where the sentence goes on, never on a comma", () => {
  const words = split(
    "Fees. The late fee is charged, after the grace period ends, on the sixteenth day.",
  );
  const excerpt = buildExcerpt(words, marks(words, "late"), 0, words.length, 5);
  assert.equal(show(excerpt), "The [late] fee is charged…");
  assert.equal(excerpt.after, true);
});

Deno.test("buildExcerpt: finishes a sentence that ends within a few words", () => {
  const words = split("The late fee is charged on day sixteen. More text.");
  assert.equal(
    show(buildExcerpt(words, marks(words, "late"), 0, words.length, 6)),
    "The [late] fee is charged on day sixteen.",
  );
});

Deno.test("buildExcerpt: a match far into a long sentence starts a few words before it", () => {
  const words = split(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen escrow " +
      "sixteen seventeen.",
  );
  const excerpt = buildExcerpt(words, marks(words, "escrow"), 0, words.length, 5);
  assert.equal(show(excerpt), "…twelve thirteen fourteen [escrow] sixteen seventeen.");
  assert.equal(excerpt.before, true);
});

Deno.test("buildExcerpt: never starts inside a citation", () => {
  // The densest window starts at "penalty", inside no citation: fine as it is.
  const atPenalty = buildExcerpt(text, marks(text, "penalty"), 0, text.length, 8);
  assert.match(show(atPenalty), /^If a bill is paid late/);
  // A match right after a citation whose parenthesis opens before the window: the excerpt
  // starts after the citation closes, not at "1024.17(k)(1))."
  const words = split(
    "a b c d e f g h i j k l m n o p (see 12 CFR 1024.17(k)(1) for the rule on timely escrow " +
      "payments) Then the rest.",
  );
  const excerpt = buildExcerpt(words, marks(words, "timely"), 0, words.length, 6);
  assert.doesNotMatch(show(excerpt), /1024|CFR|^…?\(?see/);
  assert.match(show(excerpt), /^Then|^…Then/);
});

Deno.test("buildExcerpt: a lead-in that would start on a citation's middle skips the rest of it", () => {
  const words = split(
    "one two three four five six seven eight nine ten eleven twelve thirteen under 12 CFR " +
      "1024.35(e)(3) your servicer must answer in writing.",
  );
  // Three words before "servicer" is "CFR", the middle of "12 CFR 1024.35(e)(3)".
  const excerpt = buildExcerpt(words, marks(words, "servicer"), 0, words.length, 6);
  assert.equal(show(excerpt), "…your [servicer] must answer in writing.");
});

Deno.test("buildExcerpt: stays within its section and marks only the word, not its punctuation", () => {
  const words = split("Intro about escrow. Section words (escrow), more words here. Next section.");
  const from = 3;
  const to = 9;
  const excerpt = buildExcerpt(words, marks(words, "escrow"), from, to, 20);
  assert.equal(show(excerpt), "Section words ([escrow]), more words here.");
});

Deno.test("buildExcerpt: no match in the section gives its first words", () => {
  const words = split("Title here. First sentence of the section. Second one.");
  assert.equal(
    show(buildExcerpt(words, new Set(), 2, words.length, 5)),
    "First sentence of the section.",
  );
});

Deno.test("buildExcerpt: never ends inside a citation's parenthesis", () => {
  const words = split(
    "Your servicer must answer within 30 days (15 U.S.C. 1681i(a)(1)) and tell you the result " +
      "in writing.",
  );
  // Cut after "(15 U.S.C.", the excerpt goes on to close the parenthesis.
  const closed = buildExcerpt(words, marks(words, "answer"), 0, words.length, 8);
  assert.match(show(closed), /\(15 U\.S\.C\. 1681i\(a\)\(1\)\)/);
  // When it closes too far on, the excerpt stops before it opens, with an ellipsis.
  const long = split(
    "Your servicer must answer (see the rule at one two three four five six seven eight nine " +
      "ten) later.",
  );
  assert.equal(
    show(buildExcerpt(long, marks(long, "answer"), 0, long.length, 6)),
    "Your servicer must [answer]…",
  );
});

Deno.test("buildExcerpt: initials such as U.S.C. do not end a sentence", () => {
  const words = split("It may take 45 days under 15 U.S.C. in some cases.");
  const excerpt = buildExcerpt(words, marks(words, "take"), 0, words.length, 8);
  assert.equal(show(excerpt), "It may [take] 45 days under 15 U.S.C. in some cases.");
});

Deno.test("buildExcerpt: the window with more different words found beats one word often", () => {
  const words = split(
    "Escrow escrow escrow escrow pays the bills. Later on a shortage in escrow must be paid back.",
  );
  const excerpt = buildExcerpt(words, marks(words, "scrow", "shortage"), 0, words.length, 6);
  assert.match(show(excerpt), /\[shortage\]/);
});
