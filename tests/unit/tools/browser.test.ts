// Finding the tests' Chromium (tools/browser.ts) and getting one when there is none
// (tools/ensure-browser.ts): each branch with stand-in sources and installers, then the real
// `deno task browser` on a CHROMIUM_PATH that is missing and on one that works.
import assert from "node:assert/strict";
import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ChromiumSources, findChromium } from "../../../tools/browser.ts";
import { ensureChromium, type EnsureSteps, type Installer } from "../../../tools/ensure-browser.ts";

const root = new URL("../../../", import.meta.url).pathname;

/** Sources over a pretend file system holding `files`. */
function sources(files: string[], more: Partial<ChromiumSources> = {}): ChromiumSources {
  return {
    system: ["/usr/bin/chromium"],
    playwright: () => "/cache/ms-playwright/chromium-1/chrome",
    isFile: (path) => files.includes(path),
    ...more,
  };
}

Deno.test("findChromium takes CHROMIUM_PATH as it is, without looking further", () => {
  const all = ["/usr/bin/chromium", "/cache/ms-playwright/chromium-1/chrome"];
  assert.deepEqual(findChromium(sources(all, { chosen: "/opt/missing" })), {
    path: "/opt/missing",
    source: "CHROMIUM_PATH",
  });
});

Deno.test("findChromium prefers the system's chromium to Playwright's", () => {
  const all = ["/usr/bin/chromium", "/cache/ms-playwright/chromium-1/chrome"];
  assert.equal(findChromium(sources(all))?.path, "/usr/bin/chromium");
});

Deno.test("findChromium falls back to Playwright's cache, and finds nothing when that is empty", () => {
  assert.deepEqual(findChromium(sources(["/cache/ms-playwright/chromium-1/chrome"])), {
    path: "/cache/ms-playwright/chromium-1/chrome",
    source: "Playwright's Chromium",
  });
  assert.equal(findChromium(sources([])), undefined);
  assert.equal(findChromium(sources([], { playwright: () => undefined })), undefined);
});

/** Steps over a pretend machine; installers add files to it and are logged as they run. */
function machine(
  files: string[],
  installers: { command: string; ok: boolean; adds?: string }[],
  more: Partial<ChromiumSources> = {},
) {
  const ran: string[] = [];
  const steps: EnsureSteps = {
    find: () => findChromium(sources(files, more)),
    isFile: (path) => files.includes(path),
    version: (path) => path.includes("broken") ? undefined : "Chromium 1.0",
    installers: installers.map(({ command, ok, adds }): Installer => ({
      command,
      install: () => {
        ran.push(command);
        if (adds) files.push(adds);
        return ok;
      },
    })),
    advice: "run `get-chromium`",
    progress: () => {},
  };
  return { steps, ran };
}

const apt = { command: "apt", ok: true, adds: "/usr/bin/chromium" };
const playwright = {
  command: "playwright",
  ok: true,
  adds: "/cache/ms-playwright/chromium-1/chrome",
};

Deno.test("ensureChromium installs nothing when a browser is there", () => {
  const { steps, ran } = machine(["/usr/bin/chromium"], [apt, playwright]);
  assert.deepEqual(ensureChromium(steps), {
    chromium: { path: "/usr/bin/chromium", source: "the system's chromium" },
    version: "Chromium 1.0",
  });
  assert.deepEqual(ran, []);
});

Deno.test("a CHROMIUM_PATH that is not there stops at once, in one line, installing nothing", () => {
  const { steps, ran } = machine([], [apt, playwright], { chosen: "/nonexistent" });
  const outcome = ensureChromium(steps);
  assert.ok("error" in outcome);
  assert.match(outcome.error, /^CHROMIUM_PATH=\/nonexistent is not a file: .*run `get-chromium`/);
  assert.doesNotMatch(outcome.error, /\n/);
  assert.deepEqual(ran, []);
});

Deno.test("with no browser, installers run in order until one leaves a browser", () => {
  const { steps, ran } = machine([], [
    { command: "npm packages", ok: true }, // succeeds but brings no browser
    { command: "apt", ok: false }, // fails
    playwright,
    apt,
  ]);
  const outcome = ensureChromium(steps);
  assert.ok("chromium" in outcome);
  assert.equal(outcome.chromium.path, "/cache/ms-playwright/chromium-1/chrome");
  assert.deepEqual(ran, ["npm packages", "apt", "playwright"]);
});

Deno.test("when every installer fails, one line says what to run", () => {
  const { steps, ran } = machine([], [{ command: "apt", ok: false }, {
    command: "playwright",
    ok: false,
  }]);
  const outcome = ensureChromium(steps);
  assert.deepEqual(outcome, {
    error: "No Chromium for the browser tests, and installing one failed: run `get-chromium`, " +
      "or set CHROMIUM_PATH to a Chromium binary",
  });
  assert.deepEqual(ran, ["apt", "playwright"]);
});

Deno.test("a browser that does not start is reported in one line", () => {
  const { steps } = machine(["/opt/broken-chrome"], [], { chosen: "/opt/broken-chrome" });
  const outcome = ensureChromium(steps);
  assert.ok("error" in outcome);
  assert.match(outcome.error, /^\/opt\/broken-chrome \(CHROMIUM_PATH\) does not start/);
  assert.doesNotMatch(outcome.error, /\n/);
});

/** `deno task browser` as the test task runs it, with CHROMIUM_PATH set. */
async function browserTask(chromiumPath: string) {
  const started = performance.now();
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["task", "--quiet", "browser"],
    cwd: root,
    env: { CHROMIUM_PATH: chromiumPath, NO_COLOR: "1" },
  }).output();
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes).trim();
  return {
    code: output.code,
    stdout: text(output.stdout),
    stderr: text(output.stderr),
    seconds: (performance.now() - started) / 1000,
  };
}

Deno.test("deno task browser: a missing CHROMIUM_PATH fails within seconds with one line", async () => {
  const run = await browserTask("/nonexistent/chromium");
  assert.equal(run.code, 1);
  assert.equal(run.stdout, "");
  assert.equal(run.stderr.split("\n").length, 1, run.stderr);
  assert.match(run.stderr, /^CHROMIUM_PATH=\/nonexistent\/chromium is not a file: .*run `/);
  assert.ok(run.seconds < 10, `took ${run.seconds.toFixed(1)} s`);
});

Deno.test("deno task browser: a CHROMIUM_PATH that starts is named with its version", async () => {
  const dir = await Deno.makeTempDir({ prefix: "fake-chromium-" });
  const fake = join(dir, "chromium");
  writeFileSync(fake, '#!/bin/sh\necho "Chromium 999.0 (stand-in)"\n');
  chmodSync(fake, 0o755);
  try {
    const run = await browserTask(fake);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(
      run.stdout,
      `Browser tests use ${fake} (CHROMIUM_PATH): Chromium 999.0 (stand-in)`,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
