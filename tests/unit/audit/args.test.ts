import assert from "node:assert/strict";
import { defaultTags, parseCli } from "../../../audit/main.ts";

Deno.test("no arguments: audit the local build with DESIGN.md's tags", () => {
  assert.deepEqual(parseCli([]), {
    kind: "run",
    options: {
      url: undefined,
      tags: defaultTags,
      disabled: [],
      out: "reports/a11y",
      concurrency: 2,
      record: true,
    },
  });
});

Deno.test("--help and -h ask for help, even with other options", () => {
  assert.deepEqual(parseCli(["--help"]), { kind: "help" });
  assert.deepEqual(parseCli(["-h", "--url", "https://x.example"]), { kind: "help" });
});

Deno.test("--url keeps the origin and path, with a trailing slash", () => {
  const cli = parseCli(["--url", "https://help.example.com"]);
  assert.equal(cli.kind === "run" && cli.options.url, "https://help.example.com/");
  const deep = parseCli(["--url=https://x.example/help?q=1"]);
  assert.equal(deep.kind === "run" && deep.options.url, "https://x.example/help/");
});

Deno.test("--url refuses what is not an http(s) address", () => {
  for (const url of ["help.example.com", "ftp://x.example/", "javascript:alert(1)", ""]) {
    assert.equal(parseCli(["--url", url]).kind, "error", url);
  }
});

Deno.test("--tags splits on commas and trims", () => {
  const cli = parseCli(["--tags", "wcag2a, best-practice,"]);
  assert.deepEqual(cli.kind === "run" && cli.options.tags, ["wcag2a", "best-practice"]);
  assert.equal(parseCli(["--tags", ","]).kind, "error");
  assert.equal(parseCli(["--tags", "wcag2a,<b>"]).kind, "error");
});

Deno.test("--disable is repeatable and keeps each reason", () => {
  const cli = parseCli([
    "--disable",
    'region="landmarks checked by hand"',
    "--disable=color-contrast=brand colours = approved, see #12",
  ]);
  assert.deepEqual(cli.kind === "run" && cli.options.disabled, [
    { id: "region", reason: "landmarks checked by hand" },
    { id: "color-contrast", reason: "brand colours = approved, see #12" },
  ]);
});

Deno.test("--disable needs a rule id and a reason, once per rule", () => {
  assert.equal(parseCli(["--disable", "region"]).kind, "error");
  assert.equal(parseCli(["--disable", "region="]).kind, "error");
  assert.equal(parseCli(["--disable", 'region=""']).kind, "error");
  assert.equal(parseCli(["--disable", "=no id"]).kind, "error");
  assert.equal(parseCli(["--disable", "a=x", "--disable", "a=y"]).kind, "error");
});

Deno.test("--out, --concurrency and --no-record", () => {
  const cli = parseCli(["--out", "/tmp/a11y", "--concurrency", "1", "--no-record"]);
  assert.equal(cli.kind, "run");
  if (cli.kind !== "run") return;
  assert.equal(cli.options.out, "/tmp/a11y");
  assert.equal(cli.options.concurrency, 1);
  assert.equal(cli.options.record, false);
  for (const n of ["0", "9", "1.5", "two"]) {
    assert.equal(parseCli(["--concurrency", n]).kind, "error", n);
  }
  assert.equal(parseCli(["--out", " "]).kind, "error");
});

Deno.test("unknown options, positionals and missing values are usage errors", () => {
  for (
    const args of [["--bogus"], ["dist"], ["--url"], ["--tags"], ["--disable"], ["--help=yes"]]
  ) {
    const cli = parseCli(args);
    assert.equal(cli.kind, "error", args.join(" "));
    assert.ok(cli.kind === "error" && cli.message.length > 0);
  }
});
