import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { Localized } from "../i18n/localized.ts";
import { exampleServicerName, type ServicerProfile } from "../inquiry/profile.ts";
import { type BrandFile, brandFile, svgProblems } from "./brand-files.ts";
import { checkContrast } from "./contrast.ts";
import { ProfileError, readProfile, report } from "./read.ts";
import type { Palette } from "./site.ts";

/** How the site presents its operator, with the brand files resolved to served paths. */
export interface Site {
  title: Localized;
  logo?: { light: BrandFile; dark: BrandFile; alt: string; replacesTitle: boolean };
  favicon: BrandFile;
  colours: { light: Palette; dark: Palette };
}

export interface LoadedProfile {
  servicer: ServicerProfile;
  site: Site;
  /** Brand files to write into the build, by served path. */
  files: Map<string, Uint8Array>;
  /** Things that build but are probably wrong, each with its file and line. */
  warnings: string[];
}

/** The profile file a build uses: `HELP_PROFILE`, else `servicer-profile.yaml` in the content folder. */
export function profilePath(env: Record<string, string | undefined>): string {
  return env.HELP_PROFILE ?? join(env.HELP_CONTENT_DIR ?? "content", "servicer-profile.yaml");
}

/**
 * Reads the profile and everything it names, and checks what a schema cannot: that the brand
 * files exist, that the colours have enough contrast in both schemes, that a logo has nothing
 * that cannot work in an image, and that a real servicer is not still marked fictional. Throws a
 * ProfileError listing every problem with its file and line.
 */
export function loadProfile(path: string, root: string): LoadedProfile {
  const shown = relative(root, path) || path;
  const { profile, locate } = readProfile(path, shown);
  const problems: string[] = [];
  const warnings: string[] = [];
  const files = new Map<string, Uint8Array>();
  const site = profile.site;

  const resolve = (key: (string | number)[], name: string): BrandFile | undefined => {
    const file = join(dirname(path), name);
    if (!existsSync(file)) {
      problems.push(`${locate(key)}: ${key.join(".")}: there is no file ${relative(root, file)}`);
      return undefined;
    }
    if (file.toLowerCase().endsWith(".svg")) {
      for (const problem of svgProblems(readFileSync(file, "utf8"))) {
        problems.push(`${locate(key)}: ${key.join(".")}: ${relative(root, file)}: ${problem}`);
      }
    }
    const { file: served, bytes } = brandFile(file);
    files.set(served.href, bytes);
    return served;
  };

  const favicon = resolve(["site", "favicon"], site.favicon);
  let logo: Site["logo"];
  if (site.logo) {
    const { src, alt, replacesTitle } = site.logo;
    const light = resolve(["site", "logo", src ? "src" : "light"], src ?? site.logo.light!);
    const dark = src ? light : resolve(["site", "logo", "dark"], site.logo.dark!);
    if (light && dark) logo = { light, dark, alt, replacesTitle };
  }

  for (const failure of checkContrast(site.colours)) {
    const key = ["site", "colours", failure.scheme, ...(failure.key ? [failure.key] : [])];
    problems.push(`${locate(key)}: ${failure.message}`);
  }

  const { servicer } = profile;
  if (servicer.fictional && servicer.name !== exampleServicerName) {
    warnings.push(
      `${locate(["servicer", "fictional"])}: servicer.fictional is true, so every page's footer ` +
        `says "${servicer.name}" is a fictional example whose addresses reach no one; ` +
        `set it to false for a real servicer`,
    );
  }

  if (problems.length || !favicon) throw new ProfileError(report(problems));
  return {
    servicer,
    site: { title: site.title, logo, favicon, colours: site.colours },
    files,
    warnings,
  };
}
