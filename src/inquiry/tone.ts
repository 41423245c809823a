export type ToneKind = "capitals" | "exclamations" | "insult";

/** Advice only: a message is never blocked for its tone. The dictionaries word each kind. */
export interface ToneHint {
  kind: ToneKind;
  /** The words that triggered an insult hint. */
  words?: string[];
}

/** Words that tend to get a message read less carefully (matched without accents, whole words). */
const INSULTS = new Set(
  (
    "idiot idiots idiotic stupid moron morons incompetent crook crooks crooked liar liars thief thieves " +
    "scammers damn damned shit shitty crap crappy fuck fucking fucked bastard bastards asshole assholes " +
    "jerk jerks dumb pathetic useless clowns " +
    "idiota idiotas estupido estupidos estupida imbecil imbeciles pendejo pendejos mierda carajo " +
    "ladron ladrones estafadores inutil inutiles maldito malditos cabron cabrones puta joder incompetentes"
  ).split(" "),
);

function fold(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Hints about tone for any text; an empty list means nothing to suggest. */
export function toneHints(text: string): ToneHint[] {
  const found: ToneHint[] = [];
  const words = text.match(/[\p{L}\p{N}']+/gu) ?? [];
  const lettered = words.filter((w) => /\p{L}{2,}/u.test(w));
  // Acronyms such as SSN or CFPB are fine; shouting is many capital words, or most of them.
  const isCaps = (w: string) => w === w.toUpperCase() && w !== w.toLowerCase();
  const caps = lettered.filter(isCaps);
  let run = 0, longestRun = 0;
  for (const w of lettered) {
    run = isCaps(w) ? run + 1 : 0;
    longestRun = Math.max(longestRun, run);
  }
  if (
    longestRun >= 4 ||
    (lettered.length >= 6 && caps.length / lettered.length > 0.5)
  ) {
    found.push({ kind: "capitals" });
  }
  if (/[!¡]{2,}|[!?]{3,}/.test(text)) {
    found.push({ kind: "exclamations" });
  }
  const insults = [...new Set(words.filter((w) => INSULTS.has(fold(w))))];
  if (insults.length > 0) {
    found.push({ kind: "insult", words: insults });
  }
  return found;
}
