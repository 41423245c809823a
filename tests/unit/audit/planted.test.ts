// The audit against a tiny site with one planted failure of each kind (tests/fixtures/audit-site):
// each must be reported, under its rule and WCAG criterion, and the run must fail; the clean
// pages must pass every check.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../../audit/main.ts";
import type { AuditReport, Check } from "../../../audit/types.ts";
import { thisSitePages } from "../../../audit/this-site.ts";
import { messagesStates } from "../../../audit/messages-states.ts";
import { widgetStates } from "../../../audit/widget-states.ts";
import { chromiumPath, isFile } from "../../../tools/browser.ts";

const site = fileURLToPath(new URL("../../fixtures/audit-site/", import.meta.url));
const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".xml": "application/xml",
};

/** A throwaway static server for the fixture: files as they are, directories by index.html. */
function serveFixture(): { base: string; server: Deno.HttpServer<Deno.NetAddr> } {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (request) => {
    const path = decodeURIComponent(new URL(request.url).pathname);
    const file = join(site, path.endsWith("/") ? `${path}index.html` : path);
    if (path.includes("..") || !existsSync(file)) return new Response("Not found", { status: 404 });
    return new Response(readFileSync(file), {
      headers: { "content-type": types[extname(file)] ?? "application/octet-stream" },
    });
  });
  return { base: `http://127.0.0.1:${server.addr.port}/`, server };
}

Deno.test({
  name: "the audit reports each planted failure, fails the run, and passes the clean pages",
  // Playwright keeps its own connections to the browser open past a single test's bookkeeping.
  sanitizeOps: false,
  sanitizeResources: false,
  async fn(t) {
    const chromium = chromiumPath();
    assert.ok(
      chromium && isFile(chromium),
      "no Chromium: `deno task browser` finds or installs one",
    );
    const { base, server } = serveFixture();
    const out = await Deno.makeTempDir({ prefix: "audit-planted-" });
    const lines: string[] = [];
    try {
      // One audit run (the slow part); then one step per planted case, so a failure names its case.
      const code = await main(
        ["--url", base, "--this-site", "--out", out],
        (line) => lines.push(line),
      );
      const report: AuditReport & { byCriterion: { criterion: string | null }[] } = JSON.parse(
        readFileSync(join(out, "report.json"), "utf8"),
      );
      const on = (page: string) => report.checks.filter((c) => c.page === page);
      const rules = (checks: Check[]) =>
        [...new Set(checks.flatMap((c) => c.violations.map((v) => v.ruleId)))].sort();
      const failedKinds = (page: string) =>
        [...new Set(on(page).filter((c) => c.status !== "passed").map((c) => c.kind))].sort();

      await t.step("the run fails", () => {
        assert.equal(code, 1, "any violation or error fails the run");
        assert.match(lines.at(-1) ?? "", /^Accessibility audit FAILED: 12 pages, /);
      });

      await t.step("clean pages: every check ran and passed, this site's own pages too", () => {
        for (const page of ["/", ...thisSitePages]) {
          assert.deepEqual(
            on(page).map((c) => `${c.kind} ${c.variant} ${c.status}`),
            [
              "axe 375px light passed",
              "axe 375px dark passed",
              "axe 1280px light passed",
              "axe 1280px dark passed",
              "structure 1280px light passed",
              "practice 1280px light passed",
              "operable 1280px light passed",
              "order 1280px light passed",
              "motion 1280px, motion then reduced passed",
              "reflow 320px light passed",
              "keyboard 1280px light, Tab passed",
              "hover 1280px light, mouse passed",
              "spacing 1280px light, text spacing passed",
              "zoom 1280px light, text 200% passed",
              "input 1280px light, change each field passed",
              "forms 1280px light, submit empty and wrong passed",
              "titles across the site passed",
              "markup HTML as served, vnu passed",
            ],
            page,
          );
        }
      });

      // Each planted failure, found by its own check only.
      await t.step("/axe.html: an image without alt text, at both widths and schemes", () => {
        assert.deepEqual(rules(on("/axe.html")), ["image-alt"]);
        assert.deepEqual(failedKinds("/axe.html"), ["axe"]);
        assert.equal(on("/axe.html").filter((c) => c.status === "failed").length, 4);
      });

      await t.step("/trap.html: a keyboard trap", () => {
        assert.deepEqual(rules(on("/trap.html")), ["keyboard-trap"]);
        assert.deepEqual(failedKinds("/trap.html"), ["keyboard"]);
        assert.match(
          on("/trap.html").find((c) => c.kind === "keyboard")!.violations[0].nodes[0].target,
          /#trap/,
        );
      });

      await t.step("/focus.html: a focus without a visible indicator", () => {
        assert.deepEqual(rules(on("/focus.html")), ["keyboard-focus-visible"]);
        assert.deepEqual(failedKinds("/focus.html"), ["keyboard"]);
        assert.match(
          on("/focus.html").find((c) => c.kind === "keyboard")!.violations[0].nodes[0].html,
          /class="plain"/,
        );
      });

      await t.step("/wide.html: content wider than 320 px", () => {
        assert.deepEqual(rules(on("/wide.html")), ["reflow-320"]);
        assert.deepEqual(failedKinds("/wide.html"), ["reflow"]);
      });

      await t.step("/clip.html: text cut off at 200% and with WCAG's text spacing", () => {
        // A 20 px high box cuts its text off at 200% and with WCAG's text spacing alike.
        assert.deepEqual(rules(on("/clip.html")), ["text-spacing", "text-zoom-200"]);
        assert.deepEqual(failedKinds("/clip.html"), ["spacing", "zoom"]);
      });

      await t.step("/gone.html: a page that does not load", () => {
        const gone = on("/gone.html");
        assert.deepEqual(gone.map((c) => [c.kind, c.status]), [["load", "error"]]);
        assert.match(gone[0].note ?? "", /answered 404/);
      });

      await t.step("/contact/: the widget was asked for (--this-site) and is missing", () => {
        const widget = report.checks.filter((c) => c.kind === "widget" && /contact/.test(c.page));
        assert.equal(widget.length, widgetStates.length);
        for (const check of widget) {
          assert.equal(check.status, "error", check.variant);
          assert.match(check.note ?? "", /no contact widget/, check.variant);
        }
        assert.deepEqual(failedKinds("/contact/"), ["widget"], "the page itself is clean");
      });

      await t.step("/messages/: My messages was asked for too and is not there", () => {
        const tracker = report.checks.filter((c) => c.kind === "widget" && /messages/.test(c.page));
        assert.equal(tracker.length, messagesStates.length);
        for (const check of tracker) {
          assert.equal(check.status, "error", check.variant);
          assert.match(check.note ?? "", /answered 404/, check.variant);
        }
      });

      await t.step("totals, criteria and the HTML report", () => {
        assert.equal(report.totals.errors, 1 + widgetStates.length + messagesStates.length);
        assert.deepEqual(
          report.byCriterion.map((g) => g.criterion),
          ["1.1.1", "1.4.4", "1.4.10", "1.4.12", "2.1.2", "2.4.7"],
        );
        const html = readFileSync(join(out, "report.html"), "utf8");
        assert.match(html, /<th scope="row">1\.1\.1 Non-text Content \(A\)<\/th>/);
        assert.match(html, /<th scope="row">2\.1\.2 No Keyboard Trap \(A\)<\/th>/);
      });
    } finally {
      await server.shutdown();
      await Deno.remove(out, { recursive: true });
    }
  },
});
