import assert from "node:assert/strict";
import { brandFile, svgProblems } from "../../../src/profile/brand-files.ts";

Deno.test("svgProblems: script, handlers, HTML and links to other sites cannot work in an image", () => {
  assert.deepEqual(svgProblems('<svg><rect style="fill:red"/><style>rect{}</style></svg>'), []);
  const problems = svgProblems(
    '<svg onload="x()"><script>x()</script><foreignObject/><image href="https://cdn.example/a.png"/></svg>',
  );
  assert.equal(problems.length, 4);
  assert.match(problems[0], /<script>, which never runs in an image/);
});

Deno.test("brandFile: a hashed path under /_astro/ and the size from the SVG", () => {
  const { file } = brandFile("tests/fixtures/maple/brand/maple-logo.svg");
  assert.match(file.href, /^\/_astro\/maple-logo\.[\w-]{8}\.svg$/);
  assert.deepEqual([file.type, file.width, file.height], ["image/svg+xml", 48, 40]);
  const favicon = brandFile("tests/fixtures/maple/brand/maple-favicon.svg").file;
  assert.deepEqual([favicon.width, favicon.height], [32, 32]);
});
