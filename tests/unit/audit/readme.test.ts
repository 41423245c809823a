// README's table of checks names every check the audit has, with the criteria --help gives.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { checkInfo, checkNames } from "../../../audit/checks.ts";

Deno.test("README lists every check with its WCAG criteria", () => {
  const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
  for (const name of checkNames) {
    const row = readme.split("\n").find((line) => line.startsWith(`| \`${name}\``));
    assert.ok(row, `no README row for ${name}`);
    assert.ok(row.includes(checkInfo[name].criteria), `${name}: ${checkInfo[name].criteria}`);
  }
});
