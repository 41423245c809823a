import { answersFor, type Respond } from "./answers.ts";
import type { SiteFiles } from "./site.ts";

/** Requests a file must get in a thread before its answers are prebuilt and kept there. */
const admitAfter = 3;

/**
 * One thread's prebuilt answers, for the files it is asked for often, within a budget of bytes.
 * Each prebuilt Response holds its own copy of the body and about 8 KB more, so prebuilding every
 * file of a large site would cost more than the site in every thread. A file's answers are kept
 * from its third request until the budget is spent, and then for good: dropping them would not
 * return their memory soon (Deno frees a Response's native part only after a full collection), so
 * nothing is ever dropped. Other files are answered by building the response for each request,
 * at about half the speed (a crawler's single pass, the long tail of a large site).
 */
export class WarmAnswers {
  readonly #files: SiteFiles;
  readonly #budget: number;
  readonly #kept: (Respond | undefined)[] = [];
  readonly #requests: Uint8Array;
  #bytes = 0;

  constructor(files: SiteFiles, budgetBytes: number) {
    this.#files = files;
    this.#budget = budgetBytes;
    this.#requests = new Uint8Array(files.paths.length);
  }

  /** Bytes held by this thread's prebuilt answers. */
  get bytes(): number {
    return this.#bytes;
  }

  /** The function answering for file `i` this time. */
  respond(i: number): Respond {
    const kept = this.#kept[i];
    if (kept !== undefined) return kept;
    const grow = (bytes: number) => this.#bytes += bytes;
    if (this.#requests[i] + 1 >= admitAfter && this.#bytes < this.#budget) {
      return this.#kept[i] = answersFor(this.#files, i, 200, grow);
    }
    if (this.#requests[i] < 255) this.#requests[i]++;
    return answersFor(this.#files, i, 200, () => {});
  }
}
