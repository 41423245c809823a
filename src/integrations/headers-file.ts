import type { AstroIntegration } from "astro";
import { readdir, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { headersFile } from "../../server/headers-file.ts";

/** Writes dist/_headers: the server's header and caching policy, for a CDN or nginx in front. */
export function headersFileIntegration(): AstroIntegration {
  return {
    name: "help-center:headers-file",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const paths = (await readdir(root, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) =>
            `/${relative(root, join(entry.parentPath, entry.name)).split(sep).join("/")}`
          );
        const text = headersFile(paths);
        await writeFile(join(root, "_headers"), text);
        const rules = text.split("\n").filter((line) => line.startsWith("/")).length;
        logger.info(`wrote _headers: ${rules} rules`);
      },
    },
  };
}
