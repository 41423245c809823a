import assert from "node:assert/strict";

// A broken content file or profile must stop the build and name the file and the field.
// `astro sync` runs the same content validation as `astro build`, in a fraction of the time.

async function syncWith(
  contentDir: string,
): Promise<{ code: number; output: string }> {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "npm:astro", "sync"],
    env: { HELP_CONTENT_DIR: contentDir, NO_COLOR: "1", FORCE_COLOR: "0" },
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

Deno.test("a profile with a bad email fails the build naming the file and the field", async () => {
  const { code, output } = await syncWith("tests/fixtures/broken-profile");
  assert.notEqual(code, 0);
  assert.match(output, /broken-profile\/servicer-profile\.yaml/);
  assert.match(output, /email\.default: Invalid email address/);
});

Deno.test("the shipped content passes validation", async () => {
  const { code, output } = await syncWith("./content");
  assert.equal(code, 0, output);
});
