import assert from "node:assert/strict";
import { judgeWalk, type Stop, walkBudget } from "../../../audit/keyboard.ts";

const stop = (key: string, shows: Stop["shows"] = "yes"): Stop => ({
  key,
  html: `<a id="${key}">`,
  shows,
});

Deno.test("judgeWalk: a walk that goes round, or out of the page, passes and ends", () => {
  assert.deepEqual(judgeWalk([stop("a"), stop("b"), null], 300), {
    focus: [],
    trap: [],
    obscured: [],
    ended: true,
    reached: 2,
  });
  const round = judgeWalk([stop("a"), stop("b"), stop("a"), stop("b")], 300);
  assert.deepEqual([round.trap, round.ended, round.reached], [[], true, 2]);
  assert.equal(judgeWalk([null, null], 20).ended, true, "a page with nothing to focus");
});

Deno.test("judgeWalk: a walk still under way has not ended", () => {
  const verdict = judgeWalk([stop("a"), stop("b")], 300);
  assert.deepEqual([verdict.ended, verdict.trap], [false, []]);
  assert.equal(judgeWalk([], 20).ended, false);
});

Deno.test("judgeWalk: stops without visible focus are reported once each", () => {
  const { focus, trap } = judgeWalk(
    [stop("a"), stop("b", "no-change"), stop("c", "no-size"), stop("d", "off-screen"), null],
    300,
  );
  assert.deepEqual(focus.map((n) => n.target), ["b", "c", "d"]);
  assert.match(focus[0].failureSummary, /looks the same focused and unfocused/);
  assert.match(focus[2].failureSummary, /outside the viewport/);
  assert.deepEqual(trap, []);
});

Deno.test("judgeWalk: focus stuck on one element or looping elsewhere is a trap", () => {
  const stuck = judgeWalk([stop("a"), stop("b"), stop("b")], 300);
  assert.equal(stuck.trap[0].target, "b");
  assert.match(stuck.trap[0].failureSummary, /does not move focus away/);
  const loop = judgeWalk([stop("a"), stop("b"), stop("c"), stop("b")], 300);
  assert.match(loop.trap[0].failureSummary, /held in a loop/);
  const endless = judgeWalk(Array.from({ length: 5 }, (_, i) => stop(`e${i}`)), 5);
  assert.match(endless.trap[0].failureSummary, /after 5 presses/);
  assert.equal(endless.ended, true);
});

Deno.test("walkBudget: the page's tabbable elements and a margin, at least 20, at most 500", () => {
  assert.equal(walkBudget(0), 20);
  assert.equal(walkBudget(40), 60);
  assert.ok(walkBudget(47) > 47 + 5);
  assert.equal(walkBudget(10_000), 500);
});

Deno.test("judgeWalk: a stop covered by a sticky element is reported under 2.4.11", () => {
  const covered = { ...stop("b"), coveredBy: "header" };
  const { obscured, focus } = judgeWalk([stop("a"), covered, null], 300);
  assert.deepEqual(obscured.map((n) => n.target), ["b"]);
  assert.match(obscured[0].failureSummary, /hidden under header/);
  assert.deepEqual(focus, [], "covered is not the same as no visible focus");
});
