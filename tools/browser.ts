// One Chromium for every browser tool here (the Playwright tests, the audit, the benchmarks): where
// it is and the flags it runs with. `deno task browser` (tools/ensure-browser.ts) makes sure it is.
import { statSync } from "node:fs";
import { createRequire } from "node:module";
import process from "node:process";

/** Flags that work as root in this sandbox and keep Chromium from calling home. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Where a Chromium may be, in the order they are tried. */
export interface ChromiumSources {
  /** CHROMIUM_PATH: when set, the only one tried, taken as it is. */
  chosen?: string;
  /** Browsers installed with the system (Debian's chromium). */
  system: string[];
  /** Where Playwright's installer puts its Chromium; undefined until Playwright is installed. */
  playwright: () => string | undefined;
  isFile: (path: string) => boolean;
}

export interface Chromium {
  path: string;
  /** Which source it came from, in words. */
  source: string;
}

/** CHROMIUM_PATH, else the first system browser there, else Playwright's if it is there. */
export function findChromium(sources: ChromiumSources): Chromium | undefined {
  if (sources.chosen) return { path: sources.chosen, source: "CHROMIUM_PATH" };
  const system = sources.system.find(sources.isFile);
  if (system) return { path: system, source: "the system's chromium" };
  const own = sources.playwright();
  return own && sources.isFile(own) ? { path: own, source: "Playwright's Chromium" } : undefined;
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Playwright's Chromium for the installed @playwright/test, looked up on each call. */
function playwrightChromium(): string | undefined {
  try {
    return createRequire(import.meta.url)("@playwright/test").chromium.executablePath();
  } catch {
    return undefined; // node_modules is not there yet
  }
}

/** This machine's sources: CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's cache. */
export function machineSources(): ChromiumSources {
  return {
    chosen: process.env.CHROMIUM_PATH || undefined,
    system: ["/usr/bin/chromium"],
    playwright: playwrightChromium,
    isFile,
  };
}

/** The Chromium every browser tool launches; undefined when none (`deno task browser` gets one). */
export function chromiumPath(): string | undefined {
  return findChromium(machineSources())?.path;
}
