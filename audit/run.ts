/**
 * The sweep: every page from the sitemap (and this site's own pages and widget states when
 * asked), shared out among `concurrency` workers, each with one browser context.
 */
import type { Browser, Page } from "@playwright/test";
import type { AxeOptions } from "./axe-run.ts";
import { auditContext } from "./browser.ts";
import { errorCheck, errorText } from "./check.ts";
import type { AuditOptions } from "./cli.ts";
import { crawlSitemap } from "./crawl.ts";
import { type ManualItem, manualItems, type PageFacts } from "./manual.ts";
import { markupChecks } from "./markup.ts";
import { auditPage, type PagePlan, type PageResult, runs } from "./page-audit.ts";
import { extraRuleEnabled } from "./rules.ts";
import { titleChecks } from "./titles.ts";
import { formatDuration } from "./summary.ts";
import { thisSitePages } from "./this-site.ts";
import { type Check, kindOrder } from "./types.ts";
import { messagesJobs } from "./messages-states.ts";
import { widgetJobs } from "./widget-states.ts";

interface Job {
  label: string;
  page: string;
  run(page: Page): Promise<PageResult>;
}

/** "ok", or what went wrong, e.g. "3 violations: color-contrast (2 checks), region". */
export function outcome(checks: Check[]): string {
  const rules = new Map<string, number>();
  for (const v of checks.flatMap((c) => c.violations)) {
    rules.set(v.ruleId, (rules.get(v.ruleId) ?? 0) + 1);
  }
  const count = [...rules.values()].reduce((a, b) => a + b, 0);
  const errors = checks.filter((c) => c.status === "error");
  const parts = [];
  if (count) {
    const list = [...rules].map(([id, n]) => n > 1 ? `${id} (${n} checks)` : id);
    parts.push(`${count} violation${count > 1 ? "s" : ""}: ${list.join(", ")}`);
  }
  if (errors.length) {
    parts.push(`${errors.length} could not run: ${errors[0].note}`);
  }
  return parts.length ? parts.join("; ") : "ok";
}

export interface AuditResult {
  pages: string[];
  checks: Check[];
  manual: { page: string; items: ManualItem[] }[];
}

export async function runAudit(
  browser: Browser,
  base: string,
  options: AuditOptions,
  log: (line: string) => void,
): Promise<AuditResult> {
  const axe: AxeOptions = {
    tags: options.tags,
    disabled: options.disabled,
    include: options.include,
    exclude: options.exclude,
  };
  const plan: PagePlan = {
    axe,
    checks: options.checks,
    rule: (id) => extraRuleEnabled(id, options.tags, options.disabled),
  };
  const sitemap = await crawlSitemap(base);
  const extra = options.thisSite ? thisSitePages.filter((p) => !sitemap.includes(p)) : [];
  const pages = [...sitemap, ...extra];
  // The HTML checker runs in its own process beside the browser.
  const markup = runs(plan, "markup")
    ? markupChecks(base, pages, plan.rule("markup-parsing")).catch((error) =>
      pages.map((page) =>
        errorCheck({ kind: "markup", page, variant: "HTML as served, vnu" }, errorText(error))
      )
    )
    : Promise.resolve([]);
  const widget = options.thisSite && options.checks.has("widget")
    ? [...widgetJobs(browser, base, axe), ...messagesJobs(browser, base, axe)]
    : [];
  log(
    `Auditing ${pages.length} pages on ${base} (${sitemap.length} from the sitemap)` +
      (widget.length ? ` and ${widget.length} contact widget and My messages states` : ""),
  );
  // The widget states first: they are the longest jobs, and the likeliest to break.
  const jobs: Job[] = [
    ...widget.map((w) => ({
      label: w.label,
      page: w.page,
      run: async () => ({ checks: await w.run() }),
    })),
    ...pages.map((page) => ({
      label: page,
      page,
      run: (tab: Page) => auditPage(tab, base, page, plan),
    })),
  ];

  const checks: Check[] = [];
  const titles = new Map<string, string>();
  const facts = new Map<string, PageFacts | undefined>();
  let next = 0;
  let done = 0;
  const width = String(jobs.length).length;
  // Each worker has one context and one page, reused from job to job.
  const worker = async () => {
    let context = await auditContext(browser);
    let crashed = false;
    const open = async () => {
      const tab = await context.newPage();
      crashed = false;
      tab.on("crash", () => crashed = true);
      return tab;
    };
    let tab = await open();
    try {
      while (next < jobs.length) {
        const job = jobs[next++];
        const started = Date.now();
        let own: Check[];
        try {
          if (tab.isClosed() || crashed) {
            await tab.close().catch(() => {});
            tab = await open();
          }
          const result = await job.run(tab);
          own = result.checks;
          if (result.title !== undefined) titles.set(job.page, result.title);
          if (pages.includes(job.label)) facts.set(job.page, result.facts);
        } catch (error) {
          // The context itself failed (a crashed page can take it down): start afresh.
          own = [errorCheck({ kind: "load", page: job.page, variant: "" }, errorText(error))];
          await context.close().catch(() => {});
          context = await auditContext(browser);
          tab = await open();
        }
        checks.push(...own);
        const count = `[${String(++done).padStart(width)}/${jobs.length}]`;
        log(`${count} ${job.label}  ${outcome(own)}  ${formatDuration(Date.now() - started)}`);
      }
    } finally {
      await context.close().catch(() => {});
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, jobs.length) }, worker));
  if (runs(plan, "titles")) checks.push(...titleChecks(titles));
  checks.push(...await markup);
  // By page (widget pages outside the sitemap last), then by kind; stable within a kind.
  const rank = (c: Check) => {
    const at = pages.indexOf(c.page);
    return (at < 0 ? pages.length : at) * 10 + kindOrder.indexOf(c.kind);
  };
  checks.sort((a, b) => rank(a) - rank(b) || a.page.localeCompare(b.page));
  const manual = pages.map((page) => ({ page, items: manualItems(facts.get(page)) }));
  return { pages, checks, manual };
}
