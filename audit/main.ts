/**
 * `deno task audit`: axe and keyboard, reflow and zoom checks over every page of a local build
 * or a deployed site, with JSON, JUnit and HTML reports. Exit 0 clean, 1 violations, 2 usage.
 */
import type { Browser } from "@playwright/test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { auditWidths, axeCoreVersion, type AxeOptions, loadAxeRules, runAxe } from "./axe-run.ts";
import { launchBrowser } from "./browser.ts";
import { crawlSitemap } from "./crawl.ts";
import {
  extraRuleEnabled,
  extraRules,
  keyboardPaths,
  keyboardWalk,
  reflow320,
  textZoom200,
} from "./extra-checks.ts";
import { reportHtml } from "./report-html.ts";
import { reportJson } from "./report-json.ts";
import { reportJunit } from "./report-junit.ts";
import { type LocalServer, MissingBuildError, serveBuild } from "./serve.ts";
import { failed, lastAudit, summaryLine, summaryTable } from "./summary.ts";
import type { AuditReport, Check, DisabledRule, ToolVersions } from "./types.ts";
import { totalsOf } from "./types.ts";
import { widgetJobs } from "./widget-states.ts";
import { axeTags } from "../tools/browser.ts";

/** DESIGN.md's accessibility bar. */
export const defaultTags = axeTags;

/** Pages outside the sitemap that are audited too. */
export const extraPages = ["/404.html", "/es/404/"];

export interface AuditOptions {
  url?: string;
  tags: string[];
  disabled: DisabledRule[];
  out: string;
  concurrency: number;
  record: boolean;
}

export type Cli =
  | { kind: "help" }
  | { kind: "error"; message: string }
  | { kind: "run"; options: AuditOptions };

export const usage = `Usage: deno task audit [options]

Audits every page in the sitemap with axe-core (light and dark, 375 and 1280 px wide), walks
page types with the keyboard, checks reflow at 320 px and text at 200%, and drives the contact
widget into its error and result states. Without --url it serves dist/ on a free local port.

Options:
  --url <base>             audit a deployed site instead, e.g. https://help.example.com
  --tags <a,b,...>         axe tags to run (default: ${defaultTags.join(",")})
  --disable <rule=reason>  skip a rule (axe or extra), with the reason the reports show;
                           repeatable, e.g. --disable region="landmarks tested by hand"
  --out <folder>           where to write report.json, junit.xml and report.html
                           (default: reports/a11y)
  --concurrency <n>        pages checked at once, 1 to 8 (default: 2)
  --no-record              do not update src/data/last-audit.json
  -h, --help               show this help

Exit status: 0 no violations, 1 violations (or checks that could not finish),
2 usage error or nothing to audit.
`;

/** Parses the command line; never exits, so it can be tested. */
export function parseCli(args: string[]): Cli {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        url: { type: "string" },
        tags: { type: "string" },
        disable: { type: "string", multiple: true },
        out: { type: "string" },
        concurrency: { type: "string" },
        "no-record": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return { kind: "error", message: (error as Error).message };
  }
  if (values.help) return { kind: "help" };

  let url: string | undefined;
  if (values.url !== undefined) {
    try {
      const parsed = new URL(values.url);
      if (!/^https?:$/.test(parsed.protocol)) throw new Error();
      url = parsed.origin + parsed.pathname.replace(/\/?$/, "/");
    } catch {
      return { kind: "error", message: `--url must be an http(s) address, not "${values.url}"` };
    }
  }

  let tags = defaultTags;
  if (values.tags !== undefined) {
    tags = values.tags.split(",").map((tag) => tag.trim()).filter(Boolean);
    const bad = tags.find((tag) => !/^[A-Za-z0-9._-]+$/.test(tag));
    if (tags.length === 0) return { kind: "error", message: "--tags needs at least one tag" };
    if (bad) return { kind: "error", message: `--tags: "${bad}" is not a tag name` };
  }

  const disabled: DisabledRule[] = [];
  for (const raw of values.disable ?? []) {
    const at = raw.indexOf("=");
    const id = (at < 0 ? raw : raw.slice(0, at)).trim();
    const reason = at < 0 ? "" : raw.slice(at + 1).trim().replace(/^(["'])(.*)\1$/s, "$2").trim();
    if (!/^[A-Za-z0-9-]+$/.test(id)) {
      return { kind: "error", message: `--disable: "${id}" is not a rule id` };
    }
    if (!reason) {
      return {
        kind: "error",
        message: `--disable ${id} needs a reason: --disable ${id}="why it does not apply"`,
      };
    }
    if (disabled.some((d) => d.id === id)) {
      return { kind: "error", message: `--disable: ${id} is given twice` };
    }
    disabled.push({ id, reason });
  }

  if (values.out !== undefined && !values.out.trim()) {
    return { kind: "error", message: "--out needs a folder" };
  }
  const concurrency = Number(values.concurrency ?? 2);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 8) {
    return { kind: "error", message: "--concurrency must be a whole number from 1 to 8" };
  }
  return {
    kind: "run",
    options: {
      url,
      tags,
      disabled,
      out: values.out ?? "reports/a11y",
      concurrency,
      record: !values["no-record"],
    },
  };
}

/** Runs `work` on every item, at most `limit` at a time, in order of start. */
export async function pool<T, R>(
  items: T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const root = fileURLToPath(new URL("..", import.meta.url));

function packageVersion(name: string): string {
  try {
    const file = join(root, "node_modules", name, "package.json");
    return JSON.parse(readFileSync(file, "utf8")).version ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** "3 violations: color-contrast(2), region(1)" or "ok". */
function outcome(checks: Check[]): string {
  const broken = checks.flatMap((c) => c.violations.map((v) => `${v.ruleId}(${v.nodes.length})`));
  const errors = checks.filter((c) => c.status === "error");
  const skipped = checks.filter((c) => c.status === "skipped");
  const parts = [];
  if (broken.length) parts.push(`${broken.length} violation(s): ${broken.join(", ")}`);
  if (errors.length) parts.push(`${errors.length} error(s): ${errors[0].note}`);
  if (skipped.length) parts.push(`${skipped.length} skipped: ${skipped[0].note}`);
  return parts.length ? parts.join("; ") : "ok";
}

function progress(phase: string, done: number, total: number, label: string, checks: Check[]) {
  const width = String(total).length;
  console.log(
    `${phase} ${String(done).padStart(width)} of ${total}  ${label}  ${outcome(checks)}`,
  );
}

/** The whole audit against `base`, in the shared browser. */
async function audit(
  browser: Browser,
  base: string,
  options: AuditOptions,
): Promise<{ pages: string[]; checks: Check[] }> {
  const axe: AxeOptions = { tags: options.tags, disabled: options.disabled };
  const on = (id: string) => extraRuleEnabled(id, options.tags, options.disabled);
  const sitemap = await crawlSitemap(base);
  const pages = [...sitemap, ...extraPages.filter((p) => !sitemap.includes(p))];
  console.log(`Auditing ${pages.length} pages on ${base} (${sitemap.length} from the sitemap)`);
  const checks: Check[] = [];

  let done = 0;
  await pool(pages, options.concurrency, async (path) => {
    const own: Check[] = [];
    const [narrow, wide] = auditWidths;
    own.push(
      ...await runAxe(
        browser,
        base,
        path,
        narrow,
        axe,
        async (page) => on("reflow-320") ? [await reflow320(page, path)] : [],
      ),
      ...await runAxe(
        browser,
        base,
        path,
        wide,
        axe,
        async (page) => on("text-zoom-200") ? [await textZoom200(page, path)] : [],
      ),
    );
    // A page that failed to load never reached reflow or zoom: say so instead of omitting them.
    for (const [rule, kind] of [["reflow-320", "reflow"], ["text-zoom-200", "zoom"]] as const) {
      if (on(rule) && !own.some((c) => c.kind === kind)) {
        const note = own.find((c) => c.status === "error")?.note ?? "not run";
        own.push({
          kind,
          page: path,
          variant: "",
          status: "error",
          violations: [],
          note,
          durationMs: 0,
        });
      }
    }
    checks.push(...own);
    progress("page", ++done, pages.length, path, own);
  });

  const focus = on("keyboard-focus-visible");
  const trap = on("keyboard-trap");
  if (focus || trap) {
    const walks = keyboardPaths(pages);
    done = 0;
    await pool(walks, options.concurrency, async (path) => {
      const check = await keyboardWalk(browser, base, path, { focus, trap });
      checks.push(check);
      progress("keyboard walk", ++done, walks.length, path, [check]);
    });
  }

  const { jobs, skipped } = await widgetJobs(browser, base, axe);
  checks.push(...skipped);
  if (skipped.length) console.log(`widget states  /contact/  ${outcome(skipped)}`);
  done = 0;
  await pool(jobs, options.concurrency, async (job) => {
    const own = await job.run();
    checks.push(...own);
    progress("widget state", ++done, jobs.length, job.label, own);
  });
  return { pages, checks };
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
export async function main(args: string[]): Promise<number> {
  const cli = parseCli(args);
  if (cli.kind === "help") {
    console.log(usage);
    return 0;
  }
  if (cli.kind === "error") {
    console.error(`audit: ${cli.message}\nRun deno task audit --help for the options.`);
    return 2;
  }
  const options = cli.options;
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
      console.log(`Serving dist/ on ${base}`);
    }
    browser = await launchBrowser();
    const known = await loadAxeRules(browser);
    const unknown = options.disabled.filter((r) => !known.has(r.id) && !(r.id in extraRules));
    if (unknown.length > 0) {
      console.error(
        `audit: --disable: no rule named ${unknown.map((r) => r.id).join(", ")} ` +
          `(axe ${axeCoreVersion} rules, or ${Object.keys(extraRules).join(", ")})`,
      );
      return 2;
    }
    const { pages, checks } = await audit(browser, base, options);
    const order = (c: Check) => `${pages.indexOf(c.page)}`.padStart(4, "0") + c.kind + c.variant;
    checks.sort((a, b) => order(a).localeCompare(order(b)));
    const versions: ToolVersions = {
      axeCore: axeCoreVersion,
      playwright: packageVersion("@playwright/test"),
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
      pages,
      checks,
      totals: totalsOf(pages, checks),
    };
    const files = writeReports(report, options.out);
    if (options.record) {
      const file = join(root, "src", "data", "last-audit.json");
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(lastAudit(report), null, 2) + "\n");
      files.push(file);
    }
    console.log(`\n${summaryTable(report)}\n`);
    console.log(`Wrote ${files.join(", ")}`);
    console.log(summaryLine(report));
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
