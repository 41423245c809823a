import assert from "node:assert/strict";

/**
 * The islands' layers: src/widget (contact form) and src/messages (My messages) import src/ui and
 * the core, never each other; src/ui imports neither. Scans every import and re-export, CSS too.
 */
const src = new URL("../../../src/", import.meta.url);
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

/** Every file under a folder of src/, as paths relative to src/. */
function filesOf(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of Deno.readDirSync(new URL(dir, src))) {
      const path = `${dir}${entry.name}`;
      if (entry.isDirectory) walk(`${path}/`);
      else if (/\.(ts|tsx|css)$/.test(entry.name)) out.push(path);
    }
  };
  walk(`${folder}/`);
  return out;
}

/** The src/ folder each relative import of a file lands in. */
function importedFolders(file: string, text: string): string[] {
  return [...text.matchAll(SPECIFIER)]
    .map(([, spec]) => spec)
    .filter((spec) => spec.startsWith("."))
    .map((spec) => new URL(spec, new URL(file, src)).href)
    .filter((href) => href.startsWith(src.href))
    .map((href) => href.slice(src.href.length).split("/")[0]);
}

const forbidden: Record<string, string[]> = {
  widget: ["messages"],
  messages: ["widget"],
  ui: ["widget", "messages"],
};

for (const [folder, banned] of Object.entries(forbidden)) {
  Deno.test(`src/${folder} imports none of ${banned.map((b) => `src/${b}`).join(", ")}`, () => {
    const files = filesOf(folder);
    assert.ok(files.length > 0, `src/${folder} has files`);
    const wrong = files.flatMap((file) =>
      importedFolders(file, Deno.readTextFileSync(new URL(file, src)))
        .filter((target) => banned.includes(target))
        .map((target) => `${file} -> src/${target}`)
    );
    assert.deepEqual(wrong, []);
  });
}

Deno.test("the scan sees static, dynamic, type and CSS imports", () => {
  const text = [
    'import { a } from "../messages/x.ts";',
    'import type { B } from "../widget/y.ts";',
    'const c = import("../messages/z.ts");',
    'import "../widget/widget.css";',
    'export { d } from "./own.ts";',
    'import { e } from "preact";',
  ].join("\n");
  assert.deepEqual(importedFolders("ui/Part.tsx", text), [
    "messages",
    "widget",
    "messages",
    "widget",
    "ui",
  ]);
});
