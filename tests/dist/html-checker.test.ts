import assert from "node:assert/strict";

// Every built page through the Nu HTML Checker (the W3C validator's engine, npm `vnu-jar`): no
// error on any page. It needs Java; without it the test is skipped and says so.

const jar = "node_modules/vnu-jar/build/dist/vnu.jar";

async function javaPresent(): Promise<boolean> {
  try {
    return (await new Deno.Command("java", { args: ["-version"], stderr: "null" }).output())
      .success;
  } catch {
    return false;
  }
}

const java = await javaPresent();
if (!java) {
  console.warn("html checker: Java not found, so the Nu HTML Checker did not run (skipped)");
}

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

Deno.test({
  name: "the Nu HTML Checker finds no error on any built page",
  ignore: !java,
  async fn() {
    const run = await new Deno.Command("java", {
      args: [
        "-jar",
        jar,
        "--errors-only",
        "--format",
        "json",
        "--stdout",
        "--skip-non-html",
        "dist",
      ],
      stdout: "piped",
      stderr: "piped",
    }).output();
    const report = new TextDecoder().decode(run.stdout);
    assert.ok(report.trim().startsWith("{"), new TextDecoder().decode(run.stderr) || report);
    const errors = (JSON.parse(report).messages as VnuMessage[])
      .filter((m) => m.type === "error" || m.type === "non-document-error")
      .map((m) => `${m.url?.replace(/^.*\/dist\//, "dist/")}:${m.lastLine ?? "?"}: ${m.message}`);
    assert.deepEqual(errors, []);
  },
});
