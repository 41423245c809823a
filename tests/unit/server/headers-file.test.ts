import assert from "node:assert/strict";
import { documentOnly, everywhere, workerOnly } from "../../../server/headers.ts";
import { headersFile, matches, parseHeadersFile } from "../../../server/headers-file.ts";
import { files, get } from "./fixture.ts";

// dist/_headers says what the server sends: for every file of the fixture build, exactly one
// rule matches each of its URLs, and that rule lists the security and caching headers the server
// answers it with, no more and no fewer.

const policyNames = new Set(
  [...everywhere, ...documentOnly, ...workerOnly, ["cache-control", ""]].map(([name]) => name),
);

/** The policy headers of a response, sorted. */
function sent(response: Response): [string, string][] {
  return [...response.headers].filter(([name]) => policyNames.has(name)).sort();
}

const urls = (path: string) =>
  path.endsWith("/index.html") ? [path, path.slice(0, -"index.html".length)] : [path];

const paths = Object.keys(files);
// The fixture has siblings on disk too: they are encodings, not files with rules of their own.
const rules = parseHeadersFile(headersFile([...paths, "/index.html.br", "/index.html.gz"]));

Deno.test("each URL of the build matches exactly one rule of _headers", () => {
  for (const url of paths.flatMap(urls)) {
    const matching = rules.filter(({ pattern }) => matches(pattern, url));
    assert.equal(matching.length, 1, `${url}: ${matching.map((r) => r.pattern).join(", ")}`);
  }
  assert.ok(!rules.some(({ pattern }) => /\.(br|gz)$/.test(pattern)));
});

Deno.test("the rule for each URL lists exactly the headers the server sends it", () => {
  for (const url of paths.flatMap(urls)) {
    const rule = rules.find(({ pattern }) => matches(pattern, url))!;
    const response = get(url);
    assert.equal(response.status, 200, url);
    assert.deepEqual([...rule.headers].sort(), sent(response), url);
  }
});

Deno.test("folders whose files all get the same headers are one rule", () => {
  const patterns = rules.map(({ pattern }) => pattern);
  // Every Pagefind index chunk is hashed and immutable: one rule for the folder.
  assert.ok(patterns.includes("/pagefind/index/*"));
  assert.ok(patterns.includes("/guides/*"));
  // Pagefind's own folder mixes entry files, hashed metadata and a worker: file by file.
  assert.ok(patterns.includes("/pagefind/pagefind-worker.js"));
  assert.ok(!patterns.includes("/pagefind/*"));
  // The root holds the home page and a service worker: never one "/*" rule.
  assert.ok(patterns.includes("/") && patterns.includes("/sw.js"));
});
