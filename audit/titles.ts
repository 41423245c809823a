/** Page titles across the site (WCAG 2.4.2): two pages with the same title cannot be told apart. */
import { extraViolation } from "./rules.ts";
import type { Check } from "./types.ts";

/** One `titles` check per page that has a title; a page that shares it fails. */
export function titleChecks(titles: Map<string, string>): Check[] {
  const byTitle = new Map<string, string[]>();
  for (const [page, title] of titles) {
    const key = title.trim().toLowerCase();
    if (key) byTitle.set(key, [...(byTitle.get(key) ?? []), page]);
  }
  return [...titles].map(([page, title]) => {
    const others = (byTitle.get(title.trim().toLowerCase()) ?? []).filter((p) => p !== page);
    const violations = extraViolation(
      "page-title-unique",
      others.length > 0
        ? [{
          target: "title",
          html: `<title>${title}</title>`,
          failureSummary: `Fix this: ${others.slice(0, 5).join(", ")} ${
            others.length > 1 ? "have" : "has"
          } the same title; say what makes this page different.`,
        }]
        : [],
    );
    return {
      kind: "titles",
      page,
      variant: "across the site",
      status: violations.length > 0 ? "failed" : "passed",
      violations,
      durationMs: 0,
    } satisfies Check;
  });
}
