import type { AstroIntegration } from "astro";
import { readdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

const compressible = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest)$/;

type Answer = { path: string; written?: boolean; error?: string };

/** Compresses every path on `threads` worker threads, each taking the next path when it is free. */
async function compressAll(paths: string[], threads: number): Promise<number> {
  const queue = [...paths];
  let written = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const next = () => {
        const path = queue.pop();
        if (path === undefined) resolve();
        else worker.postMessage(path);
      };
      worker.on("message", (answer: Answer) => {
        if (answer.error) reject(new Error(`precompressing ${answer.path}: ${answer.error}`));
        else {
          if (answer.written) written++;
          next();
        }
      });
      worker.on("error", reject);
      next();
    });
  const workers = Array.from(
    { length: Math.min(threads, paths.length) },
    () => new Worker(new URL("./precompress-worker.ts", import.meta.url)),
  );
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return written;
}

/** Writes .br and .gz siblings of text files so the server never compresses on a request. */
export function precompress(): AstroIntegration {
  return {
    name: "help-center:precompress",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const paths = (await readdir(root, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile() && compressible.test(entry.name))
          .map((entry) => join(entry.parentPath, entry.name));
        const threads = availableParallelism();
        const count = await compressAll(paths, threads);
        const ms = Math.round(performance.now() - started);
        logger.info(
          `precompressed ${count} files (brotli and gzip) in ${ms} ms on ${threads} threads`,
        );
      },
    },
  };
}
