/** The audit's command line: options, help text, and parsing that never exits (so it is tested). */
import { parseArgs } from "node:util";
import { checkInfo, type CheckName, checkNames, checksToRun, parseCheckList } from "./checks.ts";
import { recordRefusal } from "./record.ts";
import { defaultTags } from "./standard.ts";
import { thisSitePages } from "./this-site.ts";
import type { DisabledRule } from "./types.ts";

export interface AuditOptions {
  /** A deployed site; undefined audits the local build in dist/. */
  url?: string;
  /** Add this project's own pages and its contact widget states. */
  thisSite: boolean;
  tags: string[];
  disabled: DisabledRule[];
  /** The checks to run, from --only and --skip. */
  checks: ReadonlySet<CheckName>;
  /** CSS selectors axe checks and leaves out (AxeBuilder include and exclude). */
  include: string[];
  exclude: string[];
  out: string;
  concurrency: number;
  record: boolean;
}

export type Cli =
  | { kind: "help" }
  | { kind: "error"; message: string }
  | { kind: "run"; options: AuditOptions };

const checkList = checkNames.map((name) =>
  `  ${name.padEnd(10)} ${checkInfo[name].criteria.padEnd(26)} ${checkInfo[name].does}`
).join("\n");

export const usage = `Usage: deno task audit [options]

Checks every page in the sitemap with the checks below, each in the same page visit, and lists
for each page what is left for a person to check by hand (WCAG 2.2 A and AA). Without --url it
serves dist/ on a free local port and, as that is this site, also checks
${thisSitePages.join(", ")}, the contact widget's error and result states and the My messages
states (seeded in the browser's storage).

Checks (WCAG success criteria):
${checkList}

Options:
  --url <base>             audit a deployed site instead: the pages its sitemap lists
  --this-site              with --url, for a deployment of this project: add its own pages
                           and the widget and My messages states, as for the local build
  --only <check,...>       run only these checks (names above)
  --skip <check,...>       run all checks but these
  --include <selector>     axe checks only what this CSS selector matches; repeatable
  --exclude <selector>     axe leaves out what this CSS selector matches; repeatable
  --tags <a,b,...>         rule tags to run, axe's and the checks' own
                           (default: ${defaultTags.join(",")})
  --disable <rule=reason>  skip a rule (axe or the audit's own), with the reason the reports
                           show; repeatable, e.g. --disable region="landmarks tested by hand"
  --out <folder>           where to write report.json, junit.xml and report.html
                           (default: reports/a11y)
  --concurrency <n>        pages checked at once, 1 to 8 (default: 2)
  --record                 also write src/data/last-audit.json, which the accessibility
                           statement shows: only for the local build with the default tags
                           and no disabled rules, and only when every check ran
  -h, --help               show this help

Exit status: 0 when every check ran and found nothing; 1 on any violation or any check that
could not run (a page that did not load, a missing widget); 2 on a usage error or when there
is nothing to audit.
`;

export function parseCli(args: string[]): Cli {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        url: { type: "string" },
        "this-site": { type: "boolean" },
        tags: { type: "string" },
        disable: { type: "string", multiple: true },
        only: { type: "string" },
        skip: { type: "string" },
        include: { type: "string", multiple: true },
        exclude: { type: "string", multiple: true },
        out: { type: "string" },
        concurrency: { type: "string" },
        record: { type: "boolean" },
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

  const only = parseCheckList(values.only ?? "");
  const skip = parseCheckList(values.skip ?? "");
  const bad = [...only.bad, ...skip.bad];
  if (bad.length > 0) {
    return {
      kind: "error",
      message: `no check named ${bad.join(", ")} (checks: ${checkNames.join(", ")})`,
    };
  }
  if (values.only !== undefined && only.names.length === 0) {
    return { kind: "error", message: "--only needs at least one check" };
  }
  const checks = checksToRun(only.names, skip.names);
  if (checks.size === 0) {
    return { kind: "error", message: "--only and --skip leave no check to run" };
  }
  const selectors = [...(values.include ?? []), ...(values.exclude ?? [])];
  const empty = selectors.find((s) => !s.trim());
  if (empty !== undefined) {
    return { kind: "error", message: "--include and --exclude need a selector" };
  }

  if (values.out !== undefined && !values.out.trim()) {
    return { kind: "error", message: "--out needs a folder" };
  }
  const concurrency = Number(values.concurrency ?? 2);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 8) {
    return { kind: "error", message: "--concurrency must be a whole number from 1 to 8" };
  }
  if (values["this-site"] && !url) {
    return { kind: "error", message: "--this-site goes with --url (the local build is this site)" };
  }
  const record = values.record ?? false;
  const partial = checks.size < checkNames.length || selectors.length > 0;
  const refusal = record
    ? (partial
      ? "--record records a run of every check on whole pages only"
      : recordRefusal({ url, tags, disabled }))
    : "";
  if (refusal) return { kind: "error", message: refusal };
  return {
    kind: "run",
    options: {
      url,
      thisSite: !url || (values["this-site"] ?? false),
      tags,
      disabled,
      checks,
      include: values.include ?? [],
      exclude: values.exclude ?? [],
      out: values.out ?? "reports/a11y",
      concurrency,
      record,
    },
  };
}
