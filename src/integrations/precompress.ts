import type { AstroIntegration } from "astro";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const compressible = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest)$/;
/** Below this size the headers outweigh the saving. */
const minBytes = 512;

/** Writes .br and .gz siblings of text files so the server never compresses on a request. */
export function precompress(): AstroIntegration {
  return {
    name: "help-center:precompress",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let count = 0;
        for (
          const entry of await readdir(root, {
            recursive: true,
            withFileTypes: true,
          })
        ) {
          if (!entry.isFile() || !compressible.test(entry.name)) continue;
          const path = join(entry.parentPath, entry.name);
          const body = await readFile(path);
          if (body.byteLength < minBytes) continue;
          await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
          await writeFile(
            `${path}.br`,
            brotliCompressSync(body, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
            }),
          );
          count++;
        }
        logger.info(`precompressed ${count} files (brotli and gzip)`);
      },
    },
  };
}
