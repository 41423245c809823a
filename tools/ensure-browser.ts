// `deno task browser`, the first step of `deno task test`: finds the Chromium the browser tests
// will use (tools/browser.ts), installs one when there is none, or stops at once with one line
// saying what to run, rather than failing minutes later in the first test that opens a browser.
import { existsSync, readFileSync } from "node:fs";
import process from "node:process";
import { type Chromium, findChromium, isFile, machineSources } from "./browser.ts";

/** One way to get a browser (or what finding one needs); true when it ran without error. */
export interface Installer {
  command: string;
  install: () => boolean;
}

export interface EnsureSteps {
  find: () => Chromium | undefined;
  isFile: (path: string) => boolean;
  /** The browser's `--version` line, or undefined when it does not start. */
  version: (path: string) => string | undefined;
  /** Tried in order until one leaves a browser to find. */
  installers: Installer[];
  /** What a person can run to get a browser ("run `...`"), for the closing line. */
  advice: string;
  progress: (line: string) => void;
}

export type Outcome = { chromium: Chromium; version: string } | { error: string };

export function ensureChromium(steps: EnsureSteps): Outcome {
  let found = steps.find();
  if (found?.source === "CHROMIUM_PATH" && !steps.isFile(found.path)) {
    return {
      error:
        `CHROMIUM_PATH=${found.path} is not a file: set it to a Chromium binary, or unset it ` +
        `(to install one, ${steps.advice})`,
    };
  }
  for (const installer of found ? [] : steps.installers) {
    steps.progress(`No Chromium for the browser tests yet; running: ${installer.command}`);
    if (installer.install()) found = steps.find();
    if (found) break;
  }
  const orSet = "or set CHROMIUM_PATH to a Chromium binary";
  if (!found) {
    return {
      error:
        `No Chromium for the browser tests, and installing one failed: ${steps.advice}, ${orSet}`,
    };
  }
  const version = steps.version(found.path);
  if (!version) {
    return {
      error:
        `${found.path} (${found.source}) does not start (\`${found.path} --version\` failed): ` +
        `${steps.advice}, ${orSet}`,
    };
  }
  return { chromium: found, version };
}

/** Runs a command quietly (a person reruns it by hand to see why it failed); true on exit 0. */
function succeeds(command: string, args: string[], env: Record<string, string> = {}): boolean {
  try {
    return new Deno.Command(command, { args, env, stdin: "null", stdout: "null", stderr: "null" })
      .outputSync().success;
  } catch {
    return false; // not there at all
  }
}

function version(path: string): string | undefined {
  try {
    const output = new Deno.Command(path, { args: ["--version"], stdin: "null" }).outputSync();
    return output.success ? new TextDecoder().decode(output.stdout).trim() : undefined;
  } catch {
    return undefined;
  }
}

const playwrightVersion: string = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
).devDependencies["@playwright/test"];
const debian = existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");
const root = process.getuid?.() === 0;

/**
 * This machine's ways to a browser, in order: the npm packages (then Playwright's cache may hold
 * one), apt as root on Debian, Playwright's installer.
 */
function machineInstallers(): Installer[] {
  const deno = Deno.execPath();
  const playwrightCli =
    new URL("../node_modules/@playwright/test/cli.js", import.meta.url).pathname;
  const apt = { DEBIAN_FRONTEND: "noninteractive" };
  return [
    ...(existsSync(playwrightCli) ? [] : [{
      command: "deno task install (Playwright's own Chromium may be there already)",
      install: () => succeeds(deno, ["task", "install"]),
    }]),
    ...(debian && root
      ? [{
        command: "apt-get install -y chromium",
        install: () =>
          succeeds("apt-get", ["update", "-qq"], apt) &&
          succeeds("apt-get", ["install", "-y", "-qq", "chromium"], apt),
      }]
      : []),
    {
      command: `playwright install chromium (${playwrightVersion})`,
      install: () =>
        succeeds(deno, ["run", "-A", playwrightCli, "install", "--no-shell", "chromium"]),
    },
  ];
}

if (import.meta.main) {
  const playwright = `npx -y playwright@${playwrightVersion} install chromium`;
  const outcome = ensureChromium({
    find: () => findChromium(machineSources()),
    isFile,
    version,
    installers: machineInstallers(),
    advice: debian
      ? `run \`${root ? "" : "sudo "}apt-get install -y chromium\` or \`${playwright}\``
      : `run \`${playwright}\``,
    progress: (line) => console.error(line),
  });
  if ("error" in outcome) {
    console.error(outcome.error);
    Deno.exit(1);
  }
  console.log(
    `Browser tests use ${outcome.chromium.path} (${outcome.chromium.source}): ${outcome.version}`,
  );
}
