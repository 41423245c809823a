// One Chromium setup for every browser tool here: the Playwright tests, the audit, the benchmarks.
import { existsSync } from "node:fs";
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

/** CHROMIUM_PATH, else Debian's chromium, else undefined (Playwright's own browser). */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}
