/**
 * Best practices beyond WCAG's letter, of the kind auditors flag: unexpanded abbreviations,
 * hard-to-read text, obsolete markup, links that surprise, words put in by CSS. Reported under
 * axe's "best-practice" tag. One evaluate; the function runs in the page.
 */
import type { Page } from "@playwright/test";
import type { FailingNode } from "./types.ts";

/** Runs in the page. Self-contained: Playwright sends its source text. */
export function practiceInPage(): Record<string, FailingNode[]> {
  type Helpers = typeof globalThis & {
    __audit: {
      cssPath(el: Element): string;
      snippet(el: Element): string;
      visible(el: Element): boolean;
      text(el: Element | null): string;
      name(el: Element): string;
    };
  };
  const { cssPath, snippet, visible, text, name } = (globalThis as Helpers).__audit;
  const found: Record<string, FailingNode[]> = {};
  const report = (rule: string, el: Element, why: string) => {
    (found[rule] ??= []).push({ target: cssPath(el), html: snippet(el), failureSummary: why });
  };
  const body = document.body;
  const pageText = text(body);

  // Abbreviations: the first <abbr> of each kind needs a title or the words written out before.
  const seen = new Set<string>();
  for (const abbr of body.querySelectorAll("abbr")) {
    const short = text(abbr);
    if (!short || seen.has(short)) continue;
    seen.add(short);
    if (abbr.getAttribute("title")?.trim()) continue;
    const at = pageText.indexOf(short);
    const before = pageText.slice(0, Math.max(0, at) + short.length + 2);
    if (before.includes(`(${short})`)) continue;
    report(
      "abbreviation-expanded",
      abbr,
      `Fix this: "${short}" is not written out where it is first used, and has no title.`,
    );
  }

  // Running text that is hard to read.
  for (const el of body.querySelectorAll("p, li, dd, td, blockquote")) {
    if (!visible(el)) continue;
    const t = text(el);
    if (t.length < 80 || [...el.children].some((c) => c.matches("p, ul, ol, table, div"))) {
      continue;
    }
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    const letters = t.replace(/[^\p{L}]/gu, "");
    const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
    const problems: string[] = [];
    if (style.textAlign === "justify") problems.push("justified");
    if (style.fontStyle === "italic" && t.length >= 120) problems.push("a long run of italics");
    if (
      style.textTransform === "uppercase" || (letters.length >= 40 && upper / letters.length > 0.8)
    ) {
      problems.push("in capitals");
    }
    if (size < 12) problems.push(`${size} px`);
    const count = t.split(/\s+/).length;
    if (el.matches("p") && count >= 300) problems.push(`one block of ${count} words`);
    const lineHeight = parseFloat(style.lineHeight);
    const height = el.getBoundingClientRect().height;
    if (lineHeight && lineHeight < size * 1.2 && height > lineHeight * 1.8) {
      problems.push(`line height ${(lineHeight / size).toFixed(2)}`);
    }
    // Characters per line: the text over its number of lines (three lines at least).
    const lines = lineHeight ? Math.round(height / lineHeight) : 0;
    if (lines >= 3 && t.length / (lines - 0.5) > 100) {
      problems.push(`in lines of about ${Math.round(t.length / (lines - 0.5))} characters`);
    }
    if (problems.length > 0) {
      report("text-readable", el, `Fix this: this text is ${problems.join(", ")}.`);
    }
  }

  // A long text with no subheadings to find one's way in.
  const main = document.querySelector("main") ?? body;
  const total = text(main).split(/\s+/).length;
  if (total >= 400 && !main.querySelector("h2, h3, h4, h5, h6, [role=heading]")) {
    report(
      "text-readable",
      main,
      `Fix this: ${total} words with no subheading; break the text up under headings.`,
    );
  }

  // Obsolete presentational markup, spacer images, empty paragraphs.
  for (const el of body.querySelectorAll("font, center, big, strike, tt, basefont, [bgcolor]")) {
    report(
      "obsolete-markup",
      el,
      `Fix this: <${el.tagName.toLowerCase()}> styles the page in HTML; use CSS.`,
    );
  }
  for (const img of body.querySelectorAll("img")) {
    const src = img.getAttribute("src") ?? "";
    if (
      /(spacer|blank|pixel|clear|transparent)\.(gif|png)$/i.test(src) ||
      (img.complete && img.naturalWidth > 0 && img.naturalWidth <= 2 && img.naturalHeight <= 2)
    ) {
      report("obsolete-markup", img, "Fix this: a spacer image lays out the page; use CSS.");
    }
  }
  // Empty paragraphs that take up room (live regions and hidden ones aside).
  const empty = [...body.querySelectorAll("p")].filter((p) =>
    !text(p) && !p.matches("[role], [aria-live], [id]") && p.getBoundingClientRect().height > 1 &&
    !p.querySelector("img, svg, input, select, textarea, button, iframe, video, canvas")
  );
  if (empty.length > 0) {
    report(
      "obsolete-markup",
      empty[0],
      `Fix this: ${empty.length} empty paragraph(s) make space; screen readers may announce ` +
        "them. Use margins.",
    );
  }

  // Links that surprise.
  const files = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|zip|csv|rtf|mp3|wav|mp4|mov)(\?|#|$)/i;
  const kinds =
    /pdf|word|excel|powerpoint|spreadsheet|document|zip|csv|rtf|mp3|mp4|audio|video|kb|mb/i;
  let previous: HTMLAnchorElement | undefined;
  for (const a of body.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    if (!visible(a)) continue;
    const n = name(a);
    const described = (a.getAttribute("aria-describedby") ?? "").split(/\s+/)
      .map((id) => text(id ? document.getElementById(id) : null)).join(" ");
    const says = `${n} ${described} ${a.getAttribute("title") ?? ""}`;
    const href = a.getAttribute("href") ?? "";
    if (a.target === "_blank" && !/new (window|tab)|nueva (ventana|pestaña)|external/i.test(says)) {
      report("link-practice", a, `Fix this: "${n}" opens a new window without saying so.`);
    }
    if (/^\s*javascript:/i.test(href)) {
      report("link-practice", a, `Fix this: "${n}" runs a script; make it a <button>.`);
    }
    if (files.test(href) && !kinds.test(says)) {
      report(
        "link-practice",
        a,
        `Fix this: "${n}" links to a ${href.match(files)![1].toUpperCase()} file without ` +
          "saying its format and size.",
      );
    }
    const title = a.getAttribute("title")?.trim();
    if (title && title.toLowerCase() === n.toLowerCase()) {
      report("link-practice", a, `Fix this: the title repeats the link text "${n}".`);
    }
    if (previous && previous.href === a.href && a.compareDocumentPosition(previous)) {
      // Side by side: nothing but white space between the two links.
      const range = document.createRange();
      range.setStartAfter(previous);
      range.setEndBefore(a);
      if (!range.toString().trim() && previous.parentElement === a.parentElement) {
        report(
          "link-practice",
          a,
          `Fix this: this link and the one before it both go to ${href}; join them into one.`,
        );
      }
    }
    previous = a;
  }
  const vague = /^(click here|here|read more|more|learn more|click|this|link|aquí|leer más|más)$/i;
  for (const a of body.querySelectorAll("a[href]")) {
    const n = name(a).trim();
    if (visible(a) && vague.test(n)) {
      report("link-practice", a, `Fix this: the link text "${n}" makes no sense on its own.`);
    }
  }

  // Words put in by CSS, and text hidden from everyone that was meant for screen readers.
  for (const el of body.querySelectorAll("*")) {
    for (const pseudo of ["::before", "::after"]) {
      const content = getComputedStyle(el, pseudo).content;
      if (!content || content === "none" || content === "normal") continue;
      // Only the quoted strings: counter() and attr() are not words the author wrote.
      const literal = [...content.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join(" ")
        .replace(/\\[0-9a-f]+ ?/gi, "");
      if (/\p{L}{3,}/u.test(literal) && (literal.match(/\p{L}+/gu) ?? []).length >= 2) {
        report(
          "css-content",
          el,
          `Fix this: CSS adds the words "${
            literal.slice(0, 60)
          }" (${pseudo}); put them in the HTML.`,
        );
      }
    }
    const cls = el.getAttribute("class") ?? "";
    if (/sr-only|visually-?hidden|screen-?reader|offscreen|assistive/i.test(cls)) {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") {
        report(
          "css-content",
          el,
          `Fix this: text meant for screen readers is hidden with ${
            style.display === "none" ? "display: none" : "visibility: hidden"
          }, which hides it from them too.`,
        );
      }
    }
  }
  for (const el of body.querySelectorAll("[accesskey]")) {
    report("link-practice", el, "Fix this: accesskey shortcuts clash with assistive technology.");
  }
  return found;
}

export function practice(page: Page): Promise<Record<string, FailingNode[]>> {
  return page.evaluate(practiceInPage);
}
