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

Deno.test("a guide with an unknown component fails the build naming the file", async () => {
  const { code, output } = await syncWith("tests/fixtures/broken-component");
  assert.notEqual(code, 0);
  assert.match(output, /broken-component\/guides\/en\/unknown-component\.mdx: .*<Video/);
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
