import assert from "node:assert/strict";

// A broken content file or profile must stop the build and name the file and the field.
// `astro sync` runs the same content validation as `astro build`, in a fraction of the time.

async function syncWith(
  contentDir: string,
  profile = "content/servicer-profile.yaml",
): Promise<{ code: number; output: string }> {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "npm:astro", "sync"],
    env: { HELP_CONTENT_DIR: contentDir, HELP_PROFILE: profile, NO_COLOR: "1", FORCE_COLOR: "0" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code, output: decode(stdout) + decode(stderr) };
}

Deno.test("a guide without a category fails the build naming the file and the field", async () => {
  const { code, output } = await syncWith("tests/fixtures/broken-guide");
  assert.notEqual(code, 0);
  assert.match(output, /broken-guide\/guides\/en\/missing-category\.mdx/);
  assert.match(output, /^\s*category: Invalid option/m);
});

Deno.test("one build reports every broken guide, each problem at its line and column", async () => {
  const { code, output } = await syncWith("tests/fixtures/broken-guides");
  assert.notEqual(code, 0);
  assert.match(output, /6 of 6 guides cannot be built/);
  const at = (file: string, position: string, message: string) =>
    assert.ok(
      output.includes(`tests/fixtures/broken-guides/guides/${file}:${position}: ${message}`),
      `${file}:${position} missing from:\n${output}`,
    );
  at("en/unknown-component.mdx", "14:1", "<Video> is not a guide component; guides can use");
  at("en/bad-attributes.mdx", "12:10", '<Callout type="danger">: type is one of: note, tip');
  at("en/bad-attributes.mdx", "12:24", '<Callout> has no attribute "colour"');
  at("en/bad-attributes.mdx", "16:49", '<ContactLink topic="late-fee">: not a topic of the');
  at("en/bad-attributes.mdx", "18:11", '<Deadline rule="next-week">: rule is one of:');
  at("en/bad-front-matter.mdx", "12:11", "<Deadline> stands on a line of its own");
  at("en/wrong-inquiry-topic.mdx", "7:15", 'inquiryTopic "late-fee" is not a topic of the');
  at("es/import-and-expression.mdx", "12:1", "guides take no import or export");
  at("es/import-and-expression.mdx", "14:8", "guides take no {…} expressions");
  at("es/unclosed.mdx", "14:1", "Expected a closing tag for `<Callout>`");
  // The front matter of a guide whose body is also broken: both are reported.
  assert.match(output, /bad-front-matter\.mdx: guides → en\/bad-front-matter data does not match/);
  assert.match(output, /^\s*category: Invalid option/m);
  // The comment on line 14 is not an error.
  assert.doesNotMatch(output, /import-and-expression\.mdx:14:2[0-9]/);
  assert.match(output, /Hint:\s+Each line names the file, line and column/);
});

Deno.test("a bad profile fails the build with every problem, its line, and where fields are listed", async () => {
  const file = "tests/fixtures/broken-profile/servicer-profile.yaml";
  const { code, output } = await syncWith("tests/fixtures/broken-profile", file);
  assert.notEqual(code, 0);
  assert.match(output, /The servicer profile has 3 problems:/);
  assert.ok(
    output.includes(`${file}:10:14: servicer.email.default: Invalid email address`),
    output,
  );
  assert.ok(
    output.includes(
      `${file}:6:3: servicer: unknown key "brandColor"; the keys allowed here are name, fictional,`,
    ),
    output,
  );
  assert.ok(output.includes(`${file}:33:14: site.colours.light.brand: use a hex colour`), output);
  assert.match(output, /Every field is listed in README\.md, section "Rebrand it"\./);
  // Our message only: no :0:0 location, no generic docs link, no stack.
  assert.doesNotMatch(output, /:0:0|docs\.astro\.build|\bat \w+ \(/);
});

Deno.test("brand colours without enough contrast fail the build with both colours and the ratios", async () => {
  const file = "tests/fixtures/low-contrast/servicer-profile.yaml";
  const { code, output } = await syncWith("./content", file);
  assert.notEqual(code, 0);
  assert.ok(
    output.includes(
      `${file}:40:18: header text on the brand colour (light): site.colours.light.brandText #ffffff ` +
        "on site.colours.light.brand #7cc47f is 2.08:1, needs 4.5:1 (WCAG 1.4.3)",
    ),
    output,
  );
});

Deno.test("the shipped content and the Maple profile pass validation", async () => {
  const shipped = await syncWith("./content");
  assert.equal(shipped.code, 0, shipped.output);
  const maple = await syncWith("./content", "tests/fixtures/maple/servicer-profile.yaml");
  assert.equal(maple.code, 0, maple.output);
  assert.doesNotMatch(maple.output, /fictional/);
});

Deno.test("a renamed servicer still marked fictional builds with a warning naming the line", async () => {
  const dir = await Deno.makeTempDir();
  const maple = await Deno.readTextFile("tests/fixtures/maple/servicer-profile.yaml");
  await Deno.writeTextFile(
    `${dir}/servicer-profile.yaml`,
    maple.replace("fictional: false", "fictional: true"),
  );
  await Deno.mkdir(`${dir}/brand`);
  for (const name of ["maple-logo.svg", "maple-logo-dark.svg", "maple-favicon.svg"]) {
    await Deno.copyFile(`tests/fixtures/maple/brand/${name}`, `${dir}/brand/${name}`);
  }
  const { code, output } = await syncWith("./content", `${dir}/servicer-profile.yaml`);
  await Deno.remove(dir, { recursive: true });
  assert.equal(code, 0, output);
  assert.match(
    output,
    /servicer-profile\.yaml:5:14: servicer\.fictional is true, so every page's footer says "Maple Leaf Home Loans" is a fictional example/,
  );
});
