// One precompression thread: receives a file path, writes its .br and .gz siblings, answers with
// whether it wrote them. Started by precompress.ts, one per CPU.
import { readFile, writeFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Below this size the headers outweigh the saving. */
const minBytes = 512;

/**
 * Brotli quality 11 costs about 30 times the CPU of quality 5 for about 12% fewer bytes (measured
 * on this site's HTML, bench/RESULTS.md). Shared assets are few, cached for a year and fetched by
 * every visitor: they get 11. Pages are many and each is fetched rarely: they get 5, which is
 * still smaller than gzip -9.
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
