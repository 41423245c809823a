/**
 * Structure and meaning that axe leaves alone (WCAG 1.1.1, 1.3.1, 2.4.2, 2.4.4, 3.1.1, 3.1.2):
 * text styled as a heading, lists typed with bullets, fieldsets and tables, alt text that is a
 * file name, page titles unlike the page, ambiguous links, and passages in another language.
 * One evaluate on the loaded page; the function runs in the page and uses audit/in-page.ts.
 */
import type { Page } from "@playwright/test";
import type { FailingNode } from "./types.ts";

export interface StructureFound {
  found: Record<string, FailingNode[]>;
  /** The page's title, for the check across pages (audit/titles.ts). */
  title: string;
}

/** Runs in the page. Self-contained: Playwright sends its source text. */
export function structureInPage(): StructureFound {
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
  const shown = [...body.querySelectorAll("*")].filter((el) => visible(el));
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

  // Text styled as a heading: short, bold or large, alone in its block, with text after it.
  const sample = document.querySelector("main p") ?? document.querySelector("p") ?? body;
  const bodySize = parseFloat(getComputedStyle(sample).fontSize) || 16;
  const notHere = "h1, h2, h3, h4, h5, h6, [role=heading], label, legend, caption, button, a, " +
    "th, summary, dt, li, nav, figcaption, option, [role=alert], [role=status], table, form";
  for (const el of shown) {
    if (!el.matches("p, div, span, strong, b")) continue;
    if (el.closest(notHere)) continue;
    const style = getComputedStyle(el);
    if (!["block", "flex", "grid"].includes(style.display)) {
      // Inline bold text counts when it is all there is in its block.
      const parent = el.parentElement;
      if (!parent || !parent.matches("p, div") || text(parent) !== text(el)) continue;
    }
    if ([...el.children].some((c) => !c.matches("b, strong, span, em, i"))) continue;
    const t = text(el);
    const n = words(t).length;
    if (n < 1 || n > 10 || t.length > 80 || /[.!?,;]$/.test(t)) continue;
    const weight = Number(style.fontWeight) || 400;
    const size = parseFloat(style.fontSize);
    if (weight < 600 && size < bodySize * 1.25) continue;
    const block = el.matches("p, div") ? el : el.parentElement!;
    // The first line of a box (a callout, a card) labels the box, not a section of the page.
    const box = block.parentElement;
    if (box && box.firstElementChild === block && box !== body) {
      const b = getComputedStyle(box);
      const up = getComputedStyle(box.parentElement ?? body);
      const filled = b.backgroundColor !== up.backgroundColor &&
        b.backgroundColor !== "rgba(0, 0, 0, 0)";
      if (filled || parseFloat(b.borderTopWidth) + parseFloat(b.borderLeftWidth) > 0) continue;
    }
    const next = block.nextElementSibling;
    if (!next || text(next).length <= t.length || next.matches("h1, h2, h3, h4, h5, h6")) continue;
    report(
      "heading-styled-text",
      el,
      `Fix this: "${t}" looks like a heading (${
        weight >= 600 ? "bold" : `${Math.round(size)} px`
      }) but is not marked up as one; screen reader users cannot jump to it.`,
    );
  }

  // Lists typed by hand: bullets or numbers at the start of lines or of sibling paragraphs.
  const bullet = /^\s*([•·▪►✓*–—-]|\d{1,2}[.)])\s+\S/;
  for (const el of shown) {
    if (!el.matches("p, div") || el.closest("ul, ol, pre, code, table")) continue;
    const lines = (el as HTMLElement).innerText.split("\n").filter((l) => l.trim());
    if (el.querySelectorAll(":scope > br").length >= 1 && lines.length >= 2) {
      const marked = lines.filter((l) => bullet.test(l)).length;
      if (marked >= 2 && marked >= lines.length - 1) {
        report(
          "list-not-marked-up",
          el,
          `Fix this: these ${marked} lines start with bullets or numbers but are not a list.`,
        );
        continue;
      }
    }
    const prev = el.previousElementSibling;
    if (prev && prev.tagName === el.tagName && bullet.test(text(prev))) continue;
    let run = 0;
    for (let s: Element | null = el; s && s.tagName === el.tagName; s = s.nextElementSibling) {
      if (!bullet.test(text(s))) break;
      run++;
    }
    if (run >= 3) {
      report(
        "list-not-marked-up",
        el,
        `Fix this: ${run} ${el.tagName.toLowerCase()} elements in a row start with bullets ` +
          "or numbers; make them a <ul> or <ol>.",
      );
    }
  }

  // List items told apart by colour alone: two or more text colours, nothing else different.
  for (const list of body.querySelectorAll("ul, ol")) {
    const items = [...list.children].filter((li) => li.matches("li") && visible(li) && text(li));
    if (items.length < 3 || items.some((li) => li.querySelector("a, button, input, img, svg"))) {
      continue;
    }
    const looks = items.map((li) => {
      const s = getComputedStyle(li);
      return {
        colour: s.color,
        rest: [s.fontWeight, s.fontStyle, s.textDecorationLine, s.backgroundColor].join("|"),
      };
    });
    const colours = new Set(looks.map((l) => l.colour));
    if (colours.size > 1 && new Set(looks.map((l) => l.rest)).size === 1) {
      report(
        "colour-only",
        list,
        `Fix this: these list items differ only in colour (${colours.size} colours); people ` +
          "who cannot tell the colours apart lose what they mean.",
      );
    }
  }

  // Groups of fields.
  for (const fieldset of body.querySelectorAll("fieldset")) {
    const legend = fieldset.querySelector(":scope > legend");
    if (!legend || !text(legend)) {
      report(
        "form-group-structure",
        fieldset,
        `Fix this: the fieldset has ${
          legend ? "an empty" : "no"
        } legend, so its group has no name.`,
      );
    }
  }
  for (const form of [body, ...body.querySelectorAll("form")]) {
    const fields = [...form.querySelectorAll("input, select, textarea")].filter((f) =>
      !f.matches("[type=hidden], [type=submit], [type=button], [type=reset], [type=image]") &&
      visible(f) && (form === body ? !f.closest("form") : true)
    );
    const byName = new Map<string, Element[]>();
    for (const f of fields) {
      const n = name(f).toLowerCase();
      if (n) byName.set(n, [...(byName.get(n) ?? []), f]);
    }
    for (const [n, same] of byName) {
      if (same.length < 2) continue;
      // Radio buttons and checkboxes of one group may share words with their legend.
      if (same.every((f) => f.matches("[type=radio], [type=checkbox]"))) continue;
      report(
        "form-group-structure",
        same[1],
        `Fix this: ${same.length} fields are all labelled "${n}"; give each its own label.`,
      );
    }
  }

  // Hints between a label and its field that the field does not point to.
  for (const field of body.querySelectorAll("input, select, textarea")) {
    if (
      field.matches("[type=hidden], [type=submit], [type=button], [type=radio], [type=checkbox]")
    ) {
      continue;
    }
    const label = (field as HTMLInputElement).labels?.[0];
    if (!label || label.contains(field) || !visible(field)) continue;
    const described = new Set((field.getAttribute("aria-describedby") ?? "").split(/\s+/));
    const parent = field.parentElement;
    if (!parent || label.parentElement !== parent) continue;
    let between = false;
    for (const sibling of parent.children) {
      if (sibling === label) {
        between = true;
        continue;
      }
      if (sibling === field) break;
      if (!between || !visible(sibling) || !text(sibling)) continue;
      if (sibling.querySelector("input, select, textarea, button, a")) continue;
      const ids = [sibling, ...sibling.querySelectorAll("[id]")].map((e) => e.id).filter(Boolean);
      if (ids.some((id) => described.has(id))) continue;
      if (sibling.closest("[role=alert]") || sibling.matches("[role=alert]")) continue;
      report(
        "hint-not-associated",
        sibling,
        `Fix this: this text sits between the label "${text(label)}" and its field but the ` +
          "field's aria-describedby does not name it, so screen readers skip it.",
      );
    }
  }

  // Tables: nested, ragged, or used for layout.
  for (const table of body.querySelectorAll("table")) {
    if (table.matches("[role=presentation], [role=none]")) continue;
    if (table.parentElement?.closest("td, th")) {
      report(
        "table-structure",
        table,
        "Fix this: a table inside a table cell cannot be read out as a table.",
      );
      continue;
    }
    const rows = [...table.rows];
    if (!table.querySelector("[rowspan]") && rows.length >= 2) {
      const widths = rows.map((r) =>
        [...r.cells].reduce((n, c) => n + Math.max(1, (c as HTMLTableCellElement).colSpan), 0)
      );
      if (new Set(widths).size > 1) {
        report(
          "table-structure",
          table,
          `Fix this: its rows have ${[...new Set(widths)].join(", ")} cells; every row needs ` +
            "the same number (use colspan).",
        );
        continue;
      }
    }
    if (!table.querySelector("th") && table.querySelector("h1, h2, h3, h4, h5, h6, form, p, ul")) {
      report(
        "table-structure",
        table,
        "Fix this: this table lays out content (headings, forms or paragraphs in its cells); " +
          'use CSS for layout, or role="presentation".',
      );
    }
  }

  // Alt text that names the file or the kind of thing rather than what it shows.
  const generic = new Set([
    "image",
    "img",
    "picture",
    "photo",
    "graphic",
    "icon",
    "spacer",
    "button",
    "click",
    "click here",
    "imagen",
    "foto",
    "botón",
    "*",
    "-",
  ]);
  for (const img of body.querySelectorAll("img[alt], input[type=image][alt], area[alt]")) {
    const alt = (img.getAttribute("alt") ?? "").trim();
    const role = img.getAttribute("role");
    if (alt === "") {
      const title = img.getAttribute("title")?.trim();
      if (title && img.matches("img")) {
        report(
          "image-alt-quality",
          img,
          `Fix this: alt="" says the image is decoration, but its title "${title}" says it ` +
            "means something; give it that alt text, or drop the title.",
        );
      }
      continue;
    }
    if (role === "presentation" || role === "none") {
      report(
        "image-alt-quality",
        img,
        `Fix this: the image is marked presentational but has alt text "${alt}"; keep one.`,
      );
    } else if (
      /\.(png|jpe?g|gif|svg|webp|bmp|tiff?|avif)$/i.test(alt) ||
      /^(img|image|dsc|pic|photo|screenshot|untitled)[-_ ]?\d+/i.test(alt)
    ) {
      report("image-alt-quality", img, `Fix this: the alt text "${alt}" is a file name.`);
    } else if (generic.has(alt.toLowerCase())) {
      report(
        "image-alt-quality",
        img,
        `Fix this: the alt text "${alt}" says what kind of thing this is, not what it shows or does.`,
      );
    }
  }
  for (const frame of body.querySelectorAll("iframe[title]")) {
    const title = frame.getAttribute("title")!.trim().toLowerCase();
    if (["iframe", "frame", "embed", "content", "untitled", "widget"].includes(title)) {
      report(
        "image-alt-quality",
        frame,
        `Fix this: the frame's title "${title}" does not say what the frame holds.`,
      );
    }
  }

  // The page title against the page: not generic, sharing a word with the main heading.
  const title = document.title.trim();
  const stop = new Set(
    "the and for with your you our how what from this that page home site una los las del por para con que como"
      .split(" "),
  );
  const keyWords = (s: string) =>
    new Set(words(s).filter((w) => w.length >= 3 && !stop.has(w)).map((w) => w.slice(0, 5)));
  if (title) {
    const h1 = document.querySelector("h1");
    const head = document.head.querySelector("title") ?? document.documentElement;
    if (
      /^(untitled( document)?|document|page|new page|home ?page|index|default|title|test|welcome|page title)$/i
        .test(title) || /\.(html?|php|aspx?|jsp)$/i.test(title)
    ) {
      report(
        "page-title-descriptive",
        head,
        `Fix this: the title "${title}" does not say what this page is.`,
      );
    } else if (
      h1 && visible(h1) && !/^\/([a-z]{2}(-[a-z]+)?\/?)?(index\.html)?$/i.test(location.pathname)
    ) {
      // (A home page may be titled with the site's name alone.)
      const inTitle = keyWords(title);
      const inHeading = keyWords(text(h1));
      if (inTitle.size > 0 && inHeading.size > 0 && ![...inHeading].some((w) => inTitle.has(w))) {
        report(
          "page-title-descriptive",
          head,
          `Fix this: the title "${title}" shares no word with the main heading "${
            text(h1)
          }"; one of them does not describe this page.`,
        );
      }
    }
  }

  // Links: the same text to different places with nothing around them to tell them apart,
  // or text that says nothing ("click here") with nothing around it.
  const vague = new Set(
    ("click here|here|click|read more|more|learn more|more info|more information|this|this link|" +
      "link|details|continue|go|find out more|see more|this page|aquí|haga clic aquí|pulse aquí|" +
      "leer más|más|más información|ver más|enlace|ici|cliquez ici|en savoir plus|hier|mehr")
      .split("|"),
  );
  const links = [...body.querySelectorAll("a[href]")].filter((a) => visible(a));
  const context = (a: Element) => {
    const block = a.closest("p, li, td, th, dd, figcaption, blockquote");
    const around = block ? text(block).replace(text(a), "").trim() : "";
    const described = (a.getAttribute("aria-describedby") ?? "").split(/\s+/)
      .map((id) => text(id ? document.getElementById(id) : null)).join(" ");
    return `${around} ${described}`.trim();
  };
  const groups = new Map<string, Element[]>();
  for (const a of links) {
    const n = name(a).toLowerCase().replace(/\s+/g, " ").trim();
    if (!n) continue;
    groups.set(n, [...(groups.get(n) ?? []), a]);
    if ((vague.has(n) || !/[\p{L}\p{N}]/u.test(n)) && words(context(a)).length < 3) {
      report(
        "link-purpose",
        a,
        `Fix this: the link text "${n}" does not say where it goes, and nothing around it does.`,
      );
    }
  }
  const dest = (a: Element) => {
    const url = new URL((a as HTMLAnchorElement).href);
    url.hash = "";
    return url.href.replace(/\/$/, "");
  };
  for (const [n, same] of groups) {
    if (same.length < 2 || vague.has(n)) continue;
    const seen = new Map<string, string>();
    for (const a of same) {
      const key = context(a);
      const other = seen.get(key);
      if (other !== undefined && other !== dest(a)) {
        report(
          "link-purpose",
          a,
          `Fix this: "${n}" also links to ${other}, and nothing around the two links tells ` +
            "them apart.",
        );
      }
      seen.set(key, dest(a));
    }
  }

  // Language: the page's and each passage's, from the words they use most.
  const stopWords: Record<string, string> = {
    en: "the and of to is are you your that with for this it was be have not what when will " +
      "can from they we an or by at if my our how do does which would should there been has",
    es: "el la los las de que y en un una es por con para su sus del al lo se no más como " +
      "pero usted este esta son está puede cuando qué hay le también muy sobre ya tiene",
    fr: "le la les des et est une un du que qui dans pour pas sur au aux avec ce il elle nous " +
      "vous sont mais ou je ne son sa ses cette être avez êtes très",
    de: "der die das und ist nicht ein eine zu den mit sich auf für von dem des im auch es sie " +
      "wir ich du wird sind oder aber wie bei",
    it: "il lo gli della delle che di un una per non sono con come anche del nel alla questo " +
      "questa ma si ha ho è",
    pt: "o os as um uma de do da dos das que e é não em no na para com por mais como mas você " +
      "ele ela são está",
  };
  const lists = Object.fromEntries(
    Object.entries(stopWords).map(([lang, list]) => [lang, new Set(list.split(" "))]),
  );
  const guess = (s: string): string | undefined => {
    const ws = words(s);
    if (ws.length < 6) return undefined;
    const scores = Object.entries(lists).map(([lang, set]) =>
      [lang, ws.filter((w) => set.has(w)).length] as const
    ).sort((a, b) => b[1] - a[1]);
    const [[best, top], [, second]] = scores;
    return top >= 3 && top >= second * 2 && top / ws.length >= 0.15 ? best : undefined;
  };
  const langOf = (el: Element) =>
    (el.closest("[lang]")?.getAttribute("lang") ?? "").toLowerCase().split("-")[0];
  const pageLang = (document.documentElement.getAttribute("lang") ?? "").toLowerCase()
    .split("-")[0];
  const main = document.querySelector("main") ?? body;
  const pageGuess = guess(text(main));
  if (pageLang && pageGuess && pageGuess !== pageLang && pageLang in lists) {
    report(
      "language-of-page",
      document.documentElement,
      `Fix this: the page says lang="${pageLang}" but its text reads as "${pageGuess}".`,
    );
  } else {
    const blocks = shown.filter((el) =>
      el.matches(
        "p, li, blockquote, td, th, dd, dt, h1, h2, h3, h4, h5, h6, figcaption, q, " +
          "span[lang], em, i, cite",
      )
    );
    const quoted = /[“"«„]([^”"»“]{12,})[”"»“]/g;
    for (const el of blocks) {
      const own = langOf(el);
      if (!(own in lists)) continue;
      const t = text(el);
      const parentLang = el.parentElement ? langOf(el.parentElement) : own;
      const language = guess(t);
      if (language && language !== own) {
        report(
          "language-of-parts",
          el,
          `Fix this: this passage reads as "${language}" but is marked (or inherits) lang="${own}".`,
        );
        continue;
      }
      if (own !== parentLang) continue;
      for (const [, inner] of t.matchAll(quoted)) {
        const q = guess(inner);
        if (q && q !== own && el.closest("[lang]")?.getAttribute("lang")?.split("-")[0] === own) {
          report(
            "language-of-parts",
            el,
            `Fix this: the quotation "${inner.slice(0, 60)}" reads as "${q}" but is not marked ` +
              "with lang.",
          );
        }
      }
    }
    for (const el of body.querySelectorAll("[lang]")) {
      const lang = el.getAttribute("lang")!.toLowerCase().split("-")[0];
      const rtl = ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv"].includes(lang);
      const dir = getComputedStyle(el).direction;
      if (rtl && dir !== "rtl" && /[\u0590-\u08ff]/.test(text(el))) {
        report(
          "language-of-parts",
          el,
          `Fix this: lang="${lang}" is written right to left; add dir="rtl".`,
        );
      } else if (!rtl && lang in lists && el.getAttribute("dir") === "rtl") {
        report(
          "language-of-parts",
          el,
          `Fix this: lang="${lang}" is written left to right, but dir="rtl" reverses it.`,
        );
      }
    }
  }
  return { found, title };
}

export function structure(page: Page): Promise<StructureFound> {
  return page.evaluate(structureInPage);
}
