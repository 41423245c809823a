import { defineConfig } from "@playwright/test";
import process from "node:process";
import { chromiumArgs, chromiumPath } from "./tools/browser.ts";

const port = Number(process.env.E2E_PORT ?? 8787);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: "list",
  timeout: 60_000,
  // Visual baselines (visual.spec.ts) live in the repository, one per name, with no platform suffix:
  // CI is a machine like this one (Debian's Chromium).
  snapshotPathTemplate: "{testDir}/__screenshots__/{testFilePath}/{arg}{ext}",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: chromiumPath(),
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `"${process.execPath}" task serve`,
    env: { PORT: String(port), HOST: "127.0.0.1" },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
