/**
 * `deno task audit`: the accessibility sweep of a local build or a deployed site, with JSON,
 * JUnit and HTML reports. Exit 0 clean, 1 violations or checks that could not run, 2 usage.
 */
import type { Browser } from "@playwright/test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { axeCoreVersion, axeRules } from "./axe-run.ts";
import { launchBrowser } from "./browser.ts";
import { checkNames } from "./checks.ts";
import { parseCli, usage } from "./cli.ts";
import { resultRefusal, toRecord } from "./record.ts";
import { reportHtml } from "./report-html.ts";
import { reportJson } from "./report-json.ts";
import { reportJunit } from "./report-junit.ts";
import { extraRules } from "./rules.ts";
import { runAudit } from "./run.ts";
import { type LocalServer, MissingBuildError, serveBuild } from "./serve.ts";
import { failed, summaryLine, summaryTable } from "./summary.ts";
import type { AuditReport, ToolVersions } from "./types.ts";
import { totalsOf } from "./types.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Where --record writes; src/components/accessibility/LastAudit.astro reads it. */
export const recordFile = join(root, "src", "data", "last-audit.json");

function packageVersion(name: string): string {
  try {
    const file = join(root, "node_modules", name, "package.json");
    return JSON.parse(readFileSync(file, "utf8")).version ?? "unknown";
  } catch {
    return "unknown";
  }
}

function writeReports(report: AuditReport, out: string): string[] {
  mkdirSync(out, { recursive: true });
  const files: [string, string][] = [
    ["report.json", reportJson(report)],
    ["junit.xml", reportJunit(report)],
    ["report.html", reportHtml(report)],
  ];
  return files.map(([name, text]) => {
    const path = join(out, name);
    writeFileSync(path, text);
    return path;
  });
}

/** Runs the command line; returns the exit status. */
export async function main(args: string[], log = console.log): Promise<number> {
  const cli = parseCli(args);
  if (cli.kind === "help") {
    log(usage);
    return 0;
  }
  if (cli.kind === "error") {
    console.error(`audit: ${cli.message}\nRun deno task audit --help for the options.`);
    return 2;
  }
  const options = cli.options;
  const unknown = options.disabled.filter((r) => !axeRules.has(r.id) && !(r.id in extraRules));
  if (unknown.length > 0) {
    console.error(
      `audit: --disable: no rule named ${unknown.map((r) => r.id).join(", ")} ` +
        `(axe ${axeCoreVersion} rules, or ${Object.keys(extraRules).join(", ")})`,
    );
    return 2;
  }
  const started = Date.now();
  let server: LocalServer | undefined;
  let browser: Browser | undefined;
  const cleanUp = async () => {
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
  };
  const onInterrupt = () => {
    console.error("\nInterrupted: stopping the browser and the server.");
    cleanUp().finally(() => Deno.exit(130));
  };
  Deno.addSignalListener("SIGINT", onInterrupt);
  try {
    let base = options.url;
    if (!base) {
      server = await serveBuild(join(root, "dist"));
      base = server.base;
      log(`Serving dist/ on ${base}`);
    }
    browser = await launchBrowser();
    const { pages, checks, manual } = await runAudit(browser, base, options, log);
    const versions: ToolVersions = {
      axeCore: axeCoreVersion,
      axeCorePlaywright: packageVersion("@axe-core/playwright"),
      playwright: packageVersion("@playwright/test"),
      vnu: packageVersion("vnu-jar"),
      chromium: browser.version(),
      deno: Deno.version.deno,
    };
    const report: AuditReport = {
      tool: "Borrower Help Center accessibility audit",
      versions,
      target: options.url ?? "dist/ (local build)",
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      tags: options.tags,
      disabledRules: options.disabled,
      checksRun: checkNames.filter((name) => options.checks.has(name)),
      include: options.include,
      exclude: options.exclude,
      pages,
      checks,
      manual,
      totals: totalsOf(pages, checks),
    };
    const files = writeReports(report, options.out);
    if (options.record) {
      const refusal = resultRefusal(report);
      if (refusal) {
        console.error(refusal);
      } else {
        writeFileSync(recordFile, JSON.stringify(toRecord(report), null, 2) + "\n");
        files.push(recordFile);
      }
    }
    log(`\n${summaryTable(report)}\n`);
    log(`Wrote ${files.join(", ")}`);
    log(summaryLine(report));
    return failed(report) ? 1 : 0;
  } catch (error) {
    if (error instanceof MissingBuildError) {
      console.error(`audit: ${error.message}`);
    } else {
      console.error(`audit: could not run: ${(error as Error).message}`);
    }
    return 2;
  } finally {
    Deno.removeSignalListener("SIGINT", onInterrupt);
    await cleanUp();
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));
