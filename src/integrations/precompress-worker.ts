// One precompression thread: receives a file path, writes its .br and .gz siblings, answers with
// whether it wrote them. Started by precompress.ts, one per CPU.
import { readFile, writeFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Below this size the headers outweigh the saving. */
const minBytes = 512;

/**
 * Brotli quality 11 costs about 40 times the CPU of quality 5 on this site's pages (18.7 against
 * 0.46 ms a page) for 12% fewer bytes (bench/build-profile.md). Shared assets are few, cached for a
 * year and fetched by every visitor: they get 11. Pages are many and each is fetched rarely: they
 * get 5, still 8% smaller than gzip -9, which every page also gets.
 */
const brotliQuality = (path: string) => (path.endsWith(".html") ? 5 : 11);

async function compress(path: string): Promise<boolean> {
  const body = await readFile(path);
  if (body.byteLength < minBytes) return false;
  const brotli = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: brotliQuality(path),
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
  await Promise.all([
    writeFile(`${path}.gz`, gzipSync(body, { level: 9 })),
    writeFile(`${path}.br`, brotli),
  ]);
  return true;
}

parentPort!.on("message", async (path: string) => {
  try {
    parentPort!.postMessage({ path, written: await compress(path) });
  } catch (error) {
    parentPort!.postMessage({ path, error: String(error) });
  }
});
