// Playwright names each end-to-end test, and each failure, by a line of its spec. Under Deno, with
// Playwright's own TypeScript transform on, Deno and Playwright both applied a source map, and
// reports pointed at other tests' lines; `deno task test:e2e` turns that transform off.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../../../", import.meta.url).pathname;

interface Location {
  file: string;
  line: number;
  column: number;
}
interface Result {
  errorLocation?: Location;
  error?: { stack?: string };
  steps: { title: string; error?: unknown }[];
}
interface Spec extends Location {
  title: string;
  tests: { results: Result[] }[];
}
interface Suite {
  specs?: Spec[];
  suites?: Suite[];
}

/** `deno task test:e2e` with more arguments, read through Playwright's JSON reporter. */
async function playwrightJson(args: string[]) {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["task", "--quiet", "test:e2e", "--reporter=json", ...args],
    cwd: root,
    env: { NO_COLOR: "1" },
  }).output();
  const report = JSON.parse(new TextDecoder().decode(output.stdout));
  const specsOf = (suite: Suite): Spec[] => [
    ...(suite.specs ?? []),
    ...(suite.suites ?? []).flatMap(specsOf),
  ];
  const source = (file: string) =>
    readFileSync(join(report.config.rootDir, file), "utf8").split("\n");
  return { code: output.code, specs: report.suites.flatMap(specsOf) as Spec[], source };
}

Deno.test("every end-to-end test is listed at the line of its own test() call", async () => {
  const { code, specs, source } = await playwrightJson(["--list"]);
  assert.equal(code, 0);
  assert.ok(specs.length > 50, `only ${specs.length} tests listed`);
  const wrong = specs
    .filter(({ file, line, column }) =>
      !source(file)[line - 1]?.slice(column - 1).startsWith("test(")
    )
    .map(({ file, line, column, title }) => `${file}:${line}:${column} ${title}`);
  assert.deepEqual(wrong, []);
});

Deno.test("a failure is reported at its own line, in a helper's step with the caller's line", async () => {
  const { code, specs, source } = await playwrightJson([
    "-c",
    "tests/fixtures/e2e-lines/playwright.config.ts",
  ]);
  assert.equal(code, 1, "the fixture's tests fail on purpose");
  assert.equal(specs.length, 3);
  for (const spec of specs) {
    const lines = source(spec.file);
    assert.match(lines[spec.line - 1], /^\s*test\(/, spec.title);
    const result = spec.tests[0].results[0];
    const failedAt = result.errorLocation?.line ?? 0;
    assert.match(lines[failedAt - 1] ?? "", /\/\/ fails here$/, `${spec.title}: line ${failedAt}`);
    if (spec.title.startsWith("a helper's step")) {
      const name = spec.title.split(" ").at(-1);
      assert.ok(result.steps.some((step) => step.title === `check ${name}` && step.error));
      const calledAt = lines.findIndex((line) => line.endsWith("// called here")) + 1;
      assert.match(result.error?.stack ?? "", new RegExp(`lines\\.spec\\.ts:${calledAt}:`));
    }
  }
});
