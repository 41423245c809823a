import type { AstroIntegration } from "astro";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { type LoadedProfile, loadProfile, profilePath } from "../profile/load.ts";
import { ProfileError } from "../profile/read.ts";
import { coloursStylesheet } from "../profile/tokens.ts";

const profileModule = "virtual:help-center/profile";
const coloursModule = "virtual:help-center/colours.css";
/** Vite's convention for a virtual module's resolved id; the .css ending sends it through Vite's CSS. */
const resolvedColours = "\0help-center-colours.css";
const resolvedProfile = "\0help-center-profile";

/**
 * Reads and checks the servicer profile before anything else runs, failing with its own message
 * (every problem with its file and line), and gives the build what it holds: the profile as
 * `virtual:help-center/profile`, its colours as the stylesheet `virtual:help-center/colours.css`,
 * and its logo and favicon under /_astro/.
 */
export function servicerProfile(): AstroIntegration {
  let loaded: LoadedProfile;
  return {
    name: "help-center:profile",
    hooks: {
      "astro:config:setup": ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        try {
          loaded = loadProfile(resolve(root, profilePath(process.env)), root);
        } catch (error) {
          if (!(error instanceof ProfileError)) throw error;
          // Printed as is and the build stopped: Astro would add a stack and a generic hint.
          console.error(`\n${error.message}\n`);
          process.exit(1);
        }
        for (const warning of loaded.warnings) logger.warn(warning);
        updateConfig({
          vite: {
            plugins: [{
              name: "help-center:profile",
              resolveId: (id) =>
                id === profileModule
                  ? resolvedProfile
                  : id === coloursModule
                  ? resolvedColours
                  : undefined,
              load: (id) =>
                id === resolvedProfile
                  ? `export const servicer = ${JSON.stringify(loaded.servicer)};\n` +
                    `export const site = ${JSON.stringify(loaded.site)};\n`
                  : id === resolvedColours
                  ? coloursStylesheet(loaded.site.colours)
                  : undefined,
            }],
          },
        });
      },
      // `astro dev`: serve the logo and favicon from memory.
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split("?")[0] ?? "";
          const bytes = loaded.files.get(path);
          const { logo, favicon } = loaded.site;
          const file = [favicon, logo?.light, logo?.dark].find((f) => f?.href === path);
          if (!bytes || !file) return next();
          response.setHeader("content-type", file.type);
          response.end(bytes);
        });
      },
      "astro:build:done": ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const [href, bytes] of loaded.files) {
          const file = join(out, href);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, bytes);
        }
      },
    },
  };
}
