import assert from "node:assert/strict";
import { checkNames } from "../../../audit/checks.ts";
import { parseCli, usage } from "../../../audit/cli.ts";
import { defaultTags } from "../../../audit/standard.ts";

Deno.test("no arguments: audit the local build, this site's extras included, record nothing", () => {
  assert.deepEqual(parseCli([]), {
    kind: "run",
    options: {
      url: undefined,
      thisSite: true,
      tags: defaultTags,
      disabled: [],
      checks: new Set(checkNames),
      include: [],
      exclude: [],
      out: "reports/a11y",
      concurrency: 2,
      record: false,
    },
  });
});

Deno.test("--url audits the sitemap only, unless --this-site says it is this project", () => {
  const other = parseCli(["--url", "https://other.example"]);
  assert.equal(other.kind === "run" && other.options.thisSite, false);
  const ours = parseCli(["--url", "https://help.example.com", "--this-site"]);
  assert.equal(ours.kind === "run" && ours.options.thisSite, true);
  assert.equal(parseCli(["--this-site"]).kind, "error", "the local build is this site already");
});

Deno.test("--record: only the local build, with the default tags and no disabled rules", () => {
  const ok = parseCli(["--record"]);
  assert.equal(ok.kind === "run" && ok.options.record, true);
  for (
    const [args, why] of [
      [["--record", "--url", "https://other.example"], /local build only/],
      [["--record", "--disable", "region=by hand"], /disabled rules/],
      [["--record", "--tags", "wcag2a"], /default --tags/],
    ] as const
  ) {
    const cli = parseCli([...args]);
    assert.equal(cli.kind, "error", args.join(" "));
    assert.match(cli.kind === "error" ? cli.message : "", why);
  }
  const reordered = parseCli(["--record", "--tags", [...defaultTags].reverse().join(",")]);
  assert.equal(reordered.kind, "run", "the same tags in another order are the default set");
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

Deno.test("--out and --concurrency", () => {
  const cli = parseCli(["--out", "/tmp/a11y", "--concurrency", "1"]);
  assert.equal(cli.kind, "run");
  if (cli.kind !== "run") return;
  assert.equal(cli.options.out, "/tmp/a11y");
  assert.equal(cli.options.concurrency, 1);
  for (const n of ["0", "9", "1.5", "two"]) {
    assert.equal(parseCli(["--concurrency", n]).kind, "error", n);
  }
  assert.equal(parseCli(["--out", " "]).kind, "error");
});

Deno.test("unknown options, positionals and missing values are usage errors", () => {
  for (
    const args of [
      ["--bogus"],
      ["dist"],
      ["--url"],
      ["--tags"],
      ["--disable"],
      ["--help=yes"],
      ["--no-record"],
    ]
  ) {
    const cli = parseCli(args);
    assert.equal(cli.kind, "error", args.join(" "));
    assert.ok(cli.kind === "error" && cli.message.length > 0);
  }
});

Deno.test("--only and --skip choose checks by name; unknown names are refused", () => {
  const only = parseCli(["--only", "axe, forms"]);
  assert.deepEqual(only.kind === "run" && [...only.options.checks], ["axe", "forms"]);
  const skip = parseCli(["--skip", "markup,hover"]);
  assert.equal(skip.kind === "run" && skip.options.checks.has("markup"), false);
  assert.equal(skip.kind === "run" && skip.options.checks.size, checkNames.length - 2);
  const both = parseCli(["--only", "axe,forms", "--skip", "forms"]);
  assert.deepEqual(both.kind === "run" && [...both.options.checks], ["axe"]);
  const bad = parseCli(["--only", "axe,colour"]);
  assert.match(bad.kind === "error" ? bad.message : "", /no check named colour/);
  assert.equal(parseCli(["--only", "axe", "--skip", "axe"]).kind, "error");
  assert.equal(parseCli(["--only", ","]).kind, "error");
  assert.match(
    (parseCli(["--record", "--skip", "markup"]) as { message: string }).message,
    /every check/,
  );
});

Deno.test("--include and --exclude are repeatable selectors for axe", () => {
  const cli = parseCli(["--include", "main", "--exclude", ".ad", "--exclude", "#chat"]);
  assert.deepEqual(cli.kind === "run" && [cli.options.include, cli.options.exclude], [
    ["main"],
    [".ad", "#chat"],
  ]);
  assert.equal(parseCli(["--include", " "]).kind, "error");
});

Deno.test("--help lists every check with its WCAG criteria", () => {
  for (const name of checkNames) assert.match(usage, new RegExp(`^  ${name} `, "m"), name);
  assert.match(usage, /spacing\s+1\.4\.12/);
  assert.match(usage, /keyboard\s+2\.1\.2 2\.4\.7 2\.4\.11 3\.2\.1/);
});
