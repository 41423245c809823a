// Each of the audit's own checks against its planted pages (tests/fixtures/audit-checks): the
// failing page is reported under the expected rules, and only those; the passing pages pass
// every check. One audit run over the whole fixture.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../../audit/main.ts";
import type { AuditReport } from "../../../audit/types.ts";

const site = fileURLToPath(new URL("../../fixtures/audit-checks/", import.meta.url));

function serveFixture(): { base: string; server: Deno.HttpServer<Deno.NetAddr> } {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (request) => {
    const path = decodeURIComponent(new URL(request.url).pathname);
    const file = join(site, path.endsWith("/") ? `${path}index.html` : path);
    if (path.includes("..") || !existsSync(file)) return new Response("Not found", { status: 404 });
    const type = extname(file) === ".xml" ? "application/xml" : "text/html; charset=utf-8";
    return new Response(readFileSync(file), { headers: { "content-type": type } });
  });
  return { base: `http://127.0.0.1:${server.addr.port}/`, server };
}

/** Each failing page and the rules it must break (and no others). */
export const planted: Record<string, string[]> = {
  "/spacing-fail.html": ["text-spacing"],
  "/hover-fail.html": ["hover-content"],
  "/obscured-fail.html": ["focus-not-obscured"],
  "/order-fail.html": ["focus-order-visual"],
  "/operable-fail.html": ["keyboard-operable"],
  "/motion-fail.html": ["motion-pause", "motion-reduce-ignored"],
  "/carousel-fail.html": ["motion-pause"],
  "/flash-fail.html": ["flashing", "motion-pause", "motion-reduce-ignored"],
  "/focus-change-fail.html": ["change-on-focus"],
  "/input-fail.html": ["change-on-input"],
  "/form-colour-fail.html": ["form-error-colour-only"],
  "/form-linked-fail.html": ["form-error-linked"],
  "/form-suggest-fail.html": ["form-error-suggestion"],
  "/form-silent-fail.html": ["form-error-identified"],
  "/form-placeholder-fail.html": ["label-placeholder-only"],
  "/form-autocomplete-fail.html": ["autocomplete-missing"],
  "/heading-fail.html": ["heading-styled-text"],
  "/list-fail.html": ["list-not-marked-up"],
  "/links-fail.html": ["link-practice", "link-purpose"],
  "/lang-fail.html": ["language-of-parts"],
  "/alt-fail.html": ["image-alt-quality"],
  "/title-fail.html": ["page-title-descriptive"],
  "/title-same-a.html": ["page-title-unique"],
  "/title-same-b.html": ["page-title-unique"],
  "/practice-fail.html": ["abbreviation-expanded"],
  "/markup-fail.html": ["markup-parsing"],
  "/colour-fail.html": ["colour-only"],
  "/focusable-fail.html": ["focusable-without-purpose"],
  "/wall-fail.html": ["text-readable"],
};

Deno.test({
  name: "each check finds its planted failure and passes its clean page",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const { base, server } = serveFixture();
    const out = await Deno.makeTempDir({ prefix: "audit-checks-" });
    try {
      const code = await main(["--url", base, "--out", out], () => {});
      const report: AuditReport = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
      assert.equal(code, 1);
      const rules = (page: string) =>
        [
          ...new Set(
            report.checks.filter((c) => c.page === page).flatMap((c) =>
              c.violations.map((v) => v.ruleId)
            ),
          ),
        ].sort();
      const errors = report.checks.filter((c) => c.status === "error");
      assert.deepEqual(errors.map((c) => `${c.page} ${c.kind}: ${c.note}`), []);
      const wrong: string[] = [];
      for (const page of report.pages) {
        const expected = planted[page] ?? [];
        const found = rules(page);
        if (JSON.stringify(found) !== JSON.stringify(expected)) {
          wrong.push(`${page}: expected [${expected}] found [${found}]`);
        }
      }
      assert.deepEqual(wrong, []);
      const passing = report.pages.filter((p) => !(p in planted));
      assert.ok(passing.length >= 12, `clean pages audited: ${passing.join(", ")}`);
      // The manual list is there for each page, and names what to look at.
      const manual = new Map(report.manual.map((m) => [m.page, m.items]));
      const alt = manual.get("/structure-pass.html")!.find((i) => i.criterion.id === "1.1.1");
      assert.match(alt?.elements[0].note ?? "", /Payments rose each month/);
      assert.ok(manual.get("/form-pass.html")!.some((i) => i.criterion.id === "3.3.1"));
      const purpose = manual.get("/form-pass.html")!.find((i) => i.criterion.id === "1.3.5");
      assert.equal(purpose?.elements[0].note, 'autocomplete="email"');
      assert.ok(!manual.get("/index.html")?.some((i) => i.criterion.id === "3.3.1"));
    } finally {
      await server.shutdown();
      await Deno.remove(out, { recursive: true });
    }
  },
});
