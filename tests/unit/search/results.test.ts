import assert from "node:assert/strict";
import type { PagefindData } from "../../../src/search/client.ts";
import { resultView } from "../../../src/search/results.ts";

// The page text as Pagefind returns it: the title, the intro, then two sections.
const content =
  "Reading your escrow analysis. Once a year your servicer reviews your escrow account. " +
  "Shortage. A shortage means the account is short of its target. You can pay it over 12 " +
  "months. Surplus. A surplus of 50 dollars or more comes back to you.";
const words = content.split(/\s+/);
const at = (word: string, from = 0) => words.indexOf(word, from);

function page(found: string[]): PagefindData {
  return {
    url: "/guides/escrow-analysis/",
    content,
    meta: { title: "Reading your escrow analysis" },
    anchors: [
      { element: "h2", id: "shortage", text: "Shortage", location: at("Shortage.") },
      { element: "h2", id: "surplus", text: "Surplus", location: at("Surplus.") },
      { element: "div", id: "not-a-heading", text: "x", location: 3 },
    ],
    weighted_locations: words.flatMap((word, location) =>
      found.some((f) => word.toLowerCase().startsWith(f)) ? [{ location, balanced_score: 1 }] : []
    ),
  };
}

const shown = (view: ReturnType<typeof resultView>) =>
  view.excerpt.parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join("");

Deno.test("resultView: the excerpt comes from the section that matched most", () => {
  const view = resultView([page(["shortage"])]);
  assert.equal(view.title, "Reading your escrow analysis");
  // The section's heading is its link, not the start of its excerpt.
  assert.match(shown(view), /^A \[shortage\] means the account is short/);
  assert.deepEqual(view.sections, [{
    url: "/guides/escrow-analysis/#shortage",
    title: "Shortage",
  }]);
});

Deno.test("resultView: matches of every term count, and every one is marked", () => {
  // "surplus" found by one term's search, "comes" by another's: the Surplus section wins.
  const view = resultView([page(["surplus"]), page(["comes"])]);
  assert.equal(shown(view), "A [surplus] of 50 dollars or more [comes] back to you.");
  assert.deepEqual(view.sections.map((s) => s.title), ["Surplus"]);
});

Deno.test("resultView: a match before any heading excerpts the intro, not the title again", () => {
  const view = resultView([page(["escrow"])]);
  assert.match(shown(view), /^Once a year your servicer reviews your \[escrow\] account\./);
  assert.deepEqual(view.sections, []);
});

Deno.test("resultView: sections are listed best first", () => {
  // Surplus holds three matches ("Surplus.", "surplus", "50"), Shortage two.
  const view = resultView([page(["surplus", "shortage", "50"])]);
  assert.deepEqual(view.sections.map((s) => s.title), ["Surplus", "Shortage"]);
});

Deno.test("resultView: a section holding more of the query's words beats one holding one often", () => {
  // One term hits Shortage five times and Surplus once; two more terms hit only Surplus.
  const view = resultView([page(["shortage", "short", "a"]), page(["surplus"]), page(["comes"])]);
  assert.deepEqual(view.sections.map((s) => s.title), ["Surplus", "Shortage"]);
  assert.match(shown(view), /\[surplus\].*\[comes\]/);
});

Deno.test("resultView: a word in the title does not pull the excerpt to the intro", () => {
  // "escrow" is in the title (and the intro); "shortage" only in its section.
  const view = resultView([page(["escrow"]), page(["shortage"])]);
  assert.match(shown(view), /\[shortage\]/);
});
