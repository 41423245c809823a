import type { AstroIntegration } from "astro";
import { build } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuiltFile, builtFile } from "../offline/build/files.ts";
import { saveListOf, saveListUrls, shellUrls, workerBuild } from "../offline/build/plan.ts";
import { offlineLanguages } from "../offline/languages.ts";
import { formatSize } from "../offline/size.ts";
import type { WorkerBuild } from "../offline/types.ts";
import { saveScript } from "../offline/urls.ts";

const offlineDir = fileURLToPath(new URL("../offline/", import.meta.url));

/** Browsers with service workers and Cache Storage all run this. */
const target = "es2022";

/** Bundles TypeScript (a file of src/offline/, or code importing from there) with esbuild. */
async function bundle(entry: { file: string } | { code: string }, format: "esm" | "iife") {
  const result = await build({
    ...("file" in entry
      ? { entryPoints: [join(offlineDir, entry.file)] }
      : { stdin: { contents: entry.code, resolveDir: offlineDir, loader: "ts" } }),
    bundle: true,
    format,
    target,
    minify: true,
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

/** The page script of "save every guide", loaded from the guides index on use. */
export async function writeSaveScript(dist: string): Promise<void> {
  const code = await bundle({ file: "page/save-guides.ts" }, "esm");
  mkdirSync(join(dist, "offline"), { recursive: true });
  writeFileSync(join(dist, saveScript), code);
}

/** The marker SaveGuides.astro leaves in the button for the size of a language's guides. */
const sizeMarker = "<span data-offline-size></span>";

/**
 * Writes each language's save list (/offline/<code>.json) and its size into the language's
 * guides index: the list holds the index page too, so sizes are summed before and the list
 * hashed after the page has its final bytes.
 */
export function writeSaveLists(dist: string): Map<string, BuiltFile[]> {
  const languages = offlineLanguages();
  const shell = new Set(shellUrls(dist, languages));
  const lists = new Map<string, BuiltFile[]>();
  for (const lang of languages) {
    const urls = saveListUrls(dist, lang, shell, languages);
    const bytes = urls.reduce((sum, url) => sum + builtFile(dist, url).bytes, 0);
    const index = join(dist, builtFile(dist, lang.guides).file);
    const html = readFileSync(index, "utf8");
    if (!html.includes(sizeMarker)) throw new Error(`${lang.guides} lost its save button`);
    const size = `<span data-offline-size>${formatSize(bytes, lang.tag)}</span>`;
    writeFileSync(index, html.replace(sizeMarker, size));
    const files = urls.map((url) => builtFile(dist, url));
    writeFileSync(join(dist, lang.list), JSON.stringify(saveListOf(files)));
    lists.set(lang.code, files);
  }
  return lists;
}

/** dir/sw.js: the worker (src/offline/worker/) bundled with this build's manifest. */
export async function writeServiceWorker(dir: string): Promise<WorkerBuild> {
  const manifest = workerBuild(dir);
  const entry = `import { startWorker } from "./worker/main.ts";\n` +
    `startWorker(${JSON.stringify(manifest)});\n`;
  writeFileSync(join(dir, "sw.js"), await bundle({ code: entry }, "iife"));
  return manifest;
}

/**
 * After Pagefind has written its index (the lists hold it) and before precompression (so sw.js,
 * the save script and the lists get .br and .gz siblings): the save script, the save lists, then
 * the worker that pins them. A failure fails the build.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: "help-center:service-worker",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        await writeSaveScript(dist);
        const lists = writeSaveLists(dist);
        const { version, shell } = await writeServiceWorker(dist);
        const kib = (files: { bytes: number }[]) =>
          `${(files.reduce((sum, file) => sum + file.bytes, 0) / 1024).toFixed(0)} KiB`;
        const shellBytes = shell.map(([url]) => builtFile(dist, url));
        const saved = [...lists].map(([code, files]) =>
          `${code} ${files.length} files ${kib(files)}`
        );
        logger.info(
          `sw.js ${version}: shell ${shell.length} files ${kib(shellBytes)}; ` +
            `save every guide: ${saved.join(", ")}`,
        );
      },
    },
  };
}
