import assert from "node:assert/strict";
import {
  writeSaveLists,
  writeSaveScript,
  writeServiceWorker,
} from "../../../src/integrations/service-worker.ts";
import { builtFile } from "../../../src/offline/build/files.ts";
import type { SaveList } from "../../../src/offline/types.ts";
import { fixture, guideFile } from "./fixture.ts";

/** Runs the build steps in order, as the integration does. */
async function built(extra: Record<string, string> = {}) {
  const dist = await fixture(extra);
  await writeSaveScript(dist);
  writeSaveLists(dist);
  const manifest = await writeServiceWorker(dist);
  return { dist, manifest };
}

Deno.test("sw.js is the TypeScript worker bundled with this build's manifest", async () => {
  const { dist, manifest } = await built();
  const code = await Deno.readTextFile(`${dist}/sw.js`);
  new Function(code); // a classic script that parses
  assert.ok(!/^\s*(import|export)\b/m.test(code), "no module syntax left");
  for (const text of [manifest.version, ...manifest.shell.flat(), ...manifest.languages[1].list]) {
    assert.ok(code.includes(JSON.stringify(text)), `sw.js holds ${text}`);
  }
  assert.equal(manifest.shell.length, 25);
  assert.deepEqual(manifest.shell[0], ["/", builtFile(dist, "/").integrity]);
  assert.ok(manifest.assets.some(([url]) => url === "/_astro/unused.Mm33Nn44.js"));
  assert.deepEqual(manifest.languages.map((lang) => [lang.code, lang.prefix, lang.notFound]), [
    ["en", "/", "/404.html"],
    ["es", "/es/", "/es/404/"],
  ]);
  assert.equal(manifest.timeout, 3000);
});

Deno.test("each language's list is written, pinned in the manifest, and its size shown", async () => {
  const { dist, manifest } = await built();
  for (const lang of manifest.languages) {
    const [url, integrity] = lang.list;
    assert.equal(integrity, builtFile(dist, url).integrity);
    const list: SaveList = JSON.parse(await Deno.readTextFile(dist + url));
    for (const [file, pinned, bytes] of list.files) {
      assert.deepEqual([pinned, bytes], [
        builtFile(dist, file).integrity,
        builtFile(dist, file).bytes,
      ]);
    }
  }
  // The index page is in its own list with its final bytes (size written), as the button says,
  // in the language's tag as the page script writes it later (es-US: a decimal point, not "0,1").
  const html = await Deno.readTextFile(`${dist}/es/guides/index.html`);
  assert.match(html, /<span data-offline-size>0\.1 MB<\/span>/);
  assert.match(await Deno.readTextFile(`${dist}/guides/index.html`), /data-offline-size>0\.1 MB</);
});

Deno.test("the version changes with any page, even one outside the shell, and only then", async () => {
  const before = (await built()).manifest;
  assert.equal((await built({ "robots.txt": "Disallow: /" })).manifest.version, before.version);
  const changed = (await built({ "es/guides/guide-2/index.html": "<main>new</main>" })).manifest;
  assert.notEqual(changed.version, before.version);
  assert.deepEqual(changed.shell, before.shell);
});

Deno.test("the worker's size does not grow with the guides", async () => {
  const few = await built();
  const many = await built(
    Object.fromEntries(Array.from({ length: 300 }, (_, n) => guideFile(n + 3))),
  );
  const size = async (dist: string) => (await Deno.stat(`${dist}/sw.js`)).size;
  assert.equal(await size(many.dist), await size(few.dist));
});

Deno.test("a build whose guides index lost the save button, or has no home page, fails", async () => {
  const noButton = await fixture({ "guides/index.html": "<main>Guides</main>" });
  await writeSaveScript(noButton);
  assert.throws(() => writeSaveLists(noButton), /\/guides\/ lost its save button/);
  const dist = await fixture();
  await Deno.remove(`${dist}/index.html`);
  await writeSaveScript(dist);
  assert.throws(() => writeSaveLists(dist), /\/index\.html is not in/);
});
