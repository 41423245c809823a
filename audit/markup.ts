/**
 * The W3C Nu HTML Checker (vnu.jar, from the vnu-jar package) on each page's HTML as served:
 * errors that change how the page parses (tags closed out of order, stray or unclosed tags,
 * duplicate ids and attributes) are reported under 4.1.1 as a best practice, since assistive
 * technology reads the tree the parser builds. One Java process checks every page, beside the
 * browser sweep. Without Java the check is reported as not run (skipped), not failed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extraViolation } from "./rules.ts";
import type { Check, FailingNode } from "./types.ts";

export const vnuJar: string = fileURLToPath(
  new URL("build/dist/vnu.jar", import.meta.resolve("vnu-jar")),
);

export function vnuVersion(): string {
  try {
    const file = fileURLToPath(new URL("package.json", import.meta.resolve("vnu-jar")));
    return JSON.parse(readFileSync(file, "utf8")).version;
  } catch {
    return "unknown";
  }
}

/** Messages that are about parsing, not about which elements or attributes are allowed. */
export const parsingError = new RegExp(
  "^(Stray (start|end) tag|End tag “[^”]+” seen, but there were open elements|" +
    "Unclosed element|Unclosed elements|Duplicate ID|Duplicate attribute|" +
    "No “[^”]+” element in scope|End tag “[^”]+” violates nesting rules|" +
    "An? “[^”]+” start tag seen but an element of the same type was already open|" +
    "Saw “[^”]+” when expecting|Bad character|End of file seen|" +
    "Heading cannot be a child of another heading)",
);

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** The parsing errors among vnu's messages, as failing nodes. */
export function parsingNodes(messages: VnuMessage[]): FailingNode[] {
  return messages.filter((m) => m.type === "error" && parsingError.test(m.message)).map((m) => ({
    target: `line ${m.lastLine ?? "?"}`,
    html: (m.extract ?? "").trim(),
    failureSummary: `Fix this: ${m.message}`,
  }));
}

async function javaPath(): Promise<string | undefined> {
  const candidates = [
    Deno.env.get("JAVA_HOME") ? join(Deno.env.get("JAVA_HOME")!, "bin", "java") : "",
    "java",
  ]
    .filter(Boolean);
  for (const java of candidates) {
    try {
      const { success } = await new Deno.Command(java, {
        args: ["-version"],
        stdout: "null",
        stderr: "null",
      })
        .output();
      if (success) return java;
    } catch {
      // not there
    }
  }
  return undefined;
}

/** Checks every page's HTML; one `markup` check per page. */
export async function markupChecks(
  base: string,
  pages: string[],
  enabled: boolean,
): Promise<Check[]> {
  const started = Date.now();
  const check = (
    page: string,
    status: Check["status"],
    nodes: FailingNode[],
    note?: string,
  ): Check => {
    const violations = enabled ? extraViolation("markup-parsing", nodes) : [];
    return {
      kind: "markup",
      page,
      variant: "HTML as served, vnu",
      status: status === "passed" && violations.length > 0 ? "failed" : status,
      violations,
      ...(note ? { note } : {}),
      durationMs: 0,
    };
  };
  const java = await javaPath();
  if (!java) {
    return pages.map((page) =>
      check(page, "skipped", [], "not run: Java is not installed (the HTML checker needs it)")
    );
  }
  const dir = mkdtempSync(join(tmpdir(), "audit-vnu-"));
  try {
    const files = new Map<string, string>();
    const results: Check[] = [];
    await Promise.all(pages.map(async (page, i) => {
      try {
        const response = await fetch(new URL(page, base));
        const html = await response.text();
        // A page that answers an error is reported by its load check already.
        if (!response.ok) return;
        const file = join(dir, `page-${i}.html`);
        writeFileSync(file, html);
        files.set(file, page);
      } catch (error) {
        results.push({
          ...check(page, "error", []),
          note: `could not fetch: ${(error as Error).message}`,
        });
      }
    }));
    if (files.size > 0) {
      const { stdout, stderr } = await new Deno.Command(java, {
        args: [
          "-Xss8m",
          "-jar",
          vnuJar,
          "--format",
          "json",
          "--exit-zero-always",
          "--stdout",
          ...files.keys(),
        ],
        stdout: "piped",
        stderr: "piped",
      }).output();
      let messages: VnuMessage[];
      try {
        messages = JSON.parse(new TextDecoder().decode(stdout)).messages;
      } catch {
        throw new Error(
          `the HTML checker gave no report: ${new TextDecoder().decode(stderr).slice(0, 300)}`,
        );
      }
      for (const [file, page] of files) {
        const own = messages.filter((m) => m.url && fileURLToPath(m.url) === file);
        const nodes = parsingNodes(own);
        const others = own.filter((m) => m.type === "error").length - nodes.length;
        results.push(
          check(
            page,
            "passed",
            nodes.slice(0, 20),
            others > 0 ? `${others} other HTML errors not about parsing` : undefined,
          ),
        );
      }
    }
    const spent = Date.now() - started;
    for (const r of results) r.durationMs = Math.round(spent / Math.max(1, results.length));
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
