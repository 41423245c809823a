/**
 * Forms (WCAG 1.3.5, 1.4.1, 3.3.1, 3.3.2, 3.3.3). Without submitting: labels that are only a
 * placeholder, and fields for the visitor's own details without autocomplete. Then each form
 * (search forms aside) is submitted empty, and again with wrongly formatted answers in its
 * email, phone, date, URL and patterned fields: what changed must be error text, tied to its
 * field, not colour alone, and for a wrong format it must say how to put it right. A submit no
 * script stops is held (audit/in-page.ts) and left to the server: not judged.
 */
import type { Page } from "@playwright/test";
import type { FailingNode } from "./types.ts";

type Helpers = typeof globalThis & {
  __audit: {
    cssPath(el: Element): string;
    snippet(el: Element): string;
    visible(el: Element): boolean;
    text(el: Element | null): string;
    name(el: Element): string;
    all(): Element[];
    guard: { on: boolean; events: { what: string }[] };
    holdSubmits: boolean;
    formBefore?: { seen: WeakMap<Element, string>; looks: Map<Element, string> };
  };
};

/** Runs in the page: placeholder-only labels and missing autocomplete. */
export function formFieldsInPage(): Record<string, FailingNode[]> {
  const { cssPath, snippet, visible, text, name } = (globalThis as Helpers).__audit;
  const found: Record<string, FailingNode[]> = {};
  const report = (rule: string, el: Element, why: string) =>
    (found[rule] ??= []).push({ target: cssPath(el), html: snippet(el), failureSummary: why });
  const purposes: [RegExp, string][] = [
    [/e-?mail|correo/i, "email"],
    [/phone|telephone|mobile|tel[eé]fono|celular/i, "tel"],
    [/first name|given name|forename/i, "given-name"],
    [/last name|surname|family name|apellido/i, "family-name"],
    [/^(full name|your name|name|nombre( completo)?)$/i, "name"],
    [/post ?code|zip|c[oó]digo postal/i, "postal-code"],
    [/^(street|address|home address|your address|address line 1|direcci[oó]n)$/i, "street-address"],
    [/^(city|town|ciudad)$/i, "address-level2"],
    [/^(country|pa[ií]s)$/i, "country-name"],
    [/date of birth|birthday|fecha de nacimiento/i, "bday"],
    [/^user ?name$/i, "username"],
  ];
  for (const field of document.querySelectorAll("input, textarea, select")) {
    if (field.matches("[type=hidden], [type=submit], [type=button], [type=reset], [type=image]")) {
      continue;
    }
    if (!visible(field)) continue;
    const labelled = name(field);
    const placeholder = field.getAttribute("placeholder")?.trim();
    if (!labelled && placeholder) {
      report(
        "label-placeholder-only",
        field,
        `Fix this: "${placeholder}" is only a placeholder: it goes as soon as someone types, ` +
          "and is not a label.",
      );
    }
    if (field.matches("[type=search], [type=password], [type=checkbox], [type=radio]")) continue;
    if (field.closest("[role=search]")) continue;
    const label = (labelled || placeholder || "").replace(/\(.*?\)|\*|:/g, "").trim();
    const purpose = purposes.find(([pattern]) => pattern.test(label))?.[1];
    const auto = (field.getAttribute("autocomplete") ?? "").trim().toLowerCase();
    if (purpose && ["", "on", "off"].includes(auto)) {
      report(
        "autocomplete-missing",
        field,
        `Fix this: "${text(field.closest("label")) || label}" asks for the visitor's own ` +
          `details; add autocomplete="${purpose}".`,
      );
    }
  }
  return found;
}

/** Runs in the page: the forms worth submitting, as selectors (not search forms). */
export function formsToSubmit(max: number): string[] {
  const { cssPath, visible } = (globalThis as Helpers).__audit;
  return [...document.querySelectorAll("form")].filter((form) => {
    if (!visible(form) || form.matches("[role=search]") || form.closest("[role=search]")) {
      return false;
    }
    const fields = [...form.querySelectorAll("input, select, textarea")].filter((f) =>
      visible(f) && !f.matches("[type=hidden], [type=submit], [type=button], [type=image]")
    );
    if (fields.length === 0 || fields.every((f) => f.matches("[type=search]"))) return false;
    return form.querySelector(
      "button:not([type=button]):not([type=reset]), " +
        "input[type=submit], input[type=image]",
    ) !== null;
  }).slice(0, max).map(cssPath);
}

/** Runs in the page: notes what is visible and how each field and label looks. */
export function beforeSubmit(selector: string): void {
  const a = (globalThis as Helpers).__audit;
  const form = document.querySelector(selector)!;
  const looks = new Map<Element, string>();
  for (const el of form.querySelectorAll("input, select, textarea, label")) {
    const s = getComputedStyle(el);
    looks.set(el, [s.borderColor, s.outlineColor, s.backgroundColor, s.color].join("|"));
  }
  // What each visible element said: one whose words change counts as new.
  const seen = new WeakMap(
    a.all().filter((el) => a.visible(el) && a.text(el)).map((el) => [el, a.text(el)]),
  );
  a.formBefore = { seen, looks };
  a.holdSubmits = true;
  a.guard.events = [];
}

/** Fills fields with answers in the wrong format; returns the ones it filled. */
export function fillWrong(selector: string): string[] {
  const a = (globalThis as Helpers).__audit;
  const form = document.querySelector(selector)!;
  const wrong: string[] = [];
  const set = (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    el.value = value;
    el.dispatchEvent(new Event("input", { bubbles: true }));
    el.dispatchEvent(new Event("change", { bubbles: true }));
  };
  for (
    const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")
  ) {
    if (
      !a.visible(el) || el.matches(
        "[type=hidden], [type=submit], [type=button], [type=image], " +
          "[type=checkbox], [type=radio], [type=file], [type=number], [type=date]",
      )
    ) continue;
    const label = a.name(el);
    let value = "";
    if (el.type === "email" || /e-?mail|correo/i.test(label)) value = "not-an-email";
    else if (el.type === "tel" || /phone|tel[eé]fono/i.test(label)) value = "call me";
    else if (el.type === "url" || /website|url/i.test(label)) value = "not a web address";
    else if (/date|fecha|birth/i.test(label)) value = "31/31/31";
    else if (el.getAttribute("pattern") || /post ?code|zip/i.test(label)) value = "!!!";
    if (value) {
      set(el, value);
      wrong.push(a.cssPath(el));
    } else if (el.required || el.getAttribute("aria-required") === "true") {
      set(el, el.tagName === "TEXTAREA" ? "A test answer for this field." : "Test");
    }
  }
  return wrong;
}

interface AfterSubmit {
  held: boolean;
  native: boolean;
  /** Fields that look different or say aria-invalid, with the error text tied to each. */
  flagged: { target: string; html: string; tied: string; near: string; colour: boolean }[];
  /** New text that appeared, not tied to a field. */
  loose: { target: string; html: string; text: string }[];
  required: boolean;
}

/** Runs in the page: what the submit changed. */
export function afterSubmit(selector: string): AfterSubmit {
  const a = (globalThis as Helpers).__audit;
  const form = document.querySelector(selector);
  const before = a.formBefore!;
  a.holdSubmits = false;
  const held = a.guard.events.some((e) => e.what === "submitted to the server");
  a.guard.events = [];
  if (!form) return { held, native: false, flagged: [], loose: [], required: false };
  const fields = [...form.querySelectorAll("input, select, textarea")].filter((f) =>
    a.visible(f) && !f.matches("[type=hidden], [type=submit], [type=button], [type=image]")
  );
  const native = !form.hasAttribute("novalidate") && fields.some((f) => f.matches(":invalid"));
  const isNew = (el: Element) => before.seen.get(el) !== a.text(el);
  const fresh = a.all().filter((el) =>
    a.visible(el) && a.text(el) && isNew(el) &&
    // The innermost: an element whose text changed because a child's did is left out.
    ![...el.children].some((c) => isNew(c) && a.visible(c) && a.text(c))
  );
  const tiedText = new Set<Element>();
  const flagged: AfterSubmit["flagged"] = [];
  for (const f of fields) {
    const s = getComputedStyle(f);
    const label = (f as HTMLInputElement).labels?.[0];
    const ls = label ? getComputedStyle(label) : undefined;
    const colour = before.looks.get(f) !==
        [s.borderColor, s.outlineColor, s.backgroundColor, s.color].join("|") ||
      (label !== undefined && before.looks.get(label) !==
          [ls!.borderColor, ls!.outlineColor, ls!.backgroundColor, ls!.color].join("|"));
    const invalid = f.getAttribute("aria-invalid") === "true";
    if (!colour && !invalid) continue;
    // The field's own references, and its group's (a fieldset of radios points to its error).
    const group = f.closest("fieldset, [role=group], [role=radiogroup]");
    const ids = [f, group].map((el) =>
      `${el?.getAttribute("aria-describedby") ?? ""} ${el?.getAttribute("aria-errormessage") ?? ""}`
    ).join(" ");
    const targets = ids.split(/\s+/).map((id) => id ? document.getElementById(id) : null)
      .filter((el): el is HTMLElement => el !== null);
    if (label) targets.push(label);
    const legend = group?.querySelector("legend");
    if (legend) targets.push(legend);
    targets.forEach((t) => tiedText.add(t));
    // Only text that the submit brought, in what the field points to or in its label.
    const tied = fresh.filter((n) => targets.some((t) => t.contains(n) || n.contains(t)))
      .map(a.text).join(" ").trim();
    const near = fresh.filter((n) => {
      const box = group ?? f.closest("div, p, li") ?? f.parentElement;
      return box?.contains(n) && !(label?.contains(n));
    }).map(a.text).join(" ");
    flagged.push({
      target: a.cssPath(f),
      html: a.snippet(f),
      tied,
      near,
      colour,
    });
  }
  const loose = fresh.filter((n) =>
    ![...tiedText].some((t) => t.contains(n) || n.contains(t)) &&
    !n.closest("[role=alert], [tabindex='-1']") && form.contains(n)
  ).map((n) => ({ target: a.cssPath(n), html: a.snippet(n), text: a.text(n) }));
  const required = fields.some((f) =>
    (f as HTMLInputElement).required || f.getAttribute("aria-required") === "true" ||
    /\*|\(required\)|\(obligatorio\)/i.test((f as HTMLInputElement).labels?.[0]?.textContent ?? "")
  );
  return { held, native, flagged, loose, required };
}

const settle = (page: Page) =>
  page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(done), 250)));

const suggests = new RegExp(
  "\\b(enter|use|must|should|include|like|such as|e\\.g|for example|format|example|at least|" +
    "only|between|characters|digits|numbers|letters|dd|mm|yyyy|escriba|introduzca|debe|" +
    "ejemplo|formato|como)\\b|@|\\d",
  "i",
);

async function submit(page: Page, form: string): Promise<void> {
  const button = page.locator(form).locator(
    "button:not([type=button]):not([type=reset]), input[type=submit], input[type=image]",
  ).first();
  await button.click({ timeout: 5000 });
  await settle(page);
}

export async function forms(page: Page, max = 3): Promise<Record<string, FailingNode[]>> {
  const found = await page.evaluate(formFieldsInPage);
  const add = (rule: string, node: FailingNode) => (found[rule] ??= []).push(node);
  for (const form of await page.evaluate(formsToSubmit, max)) {
    await page.evaluate(beforeSubmit, form);
    await submit(page, form);
    const empty = await page.evaluate(afterSubmit, form);
    if (empty.held || empty.native) continue;
    const formHtml = await page.evaluate(
      (s) => (globalThis as Helpers).__audit.snippet(document.querySelector(s)!),
      form,
    );
    if (empty.flagged.length === 0 && empty.loose.length === 0) {
      if (empty.required) {
        add("form-error-identified", {
          target: form,
          html: formHtml,
          failureSummary: "Fix this: submitting the form with its required fields empty shows " +
            "no error at all.",
        });
      }
      continue;
    }
    for (const f of empty.flagged) {
      if (f.tied) continue;
      if (!f.near && empty.loose.length === 0) {
        add("form-error-colour-only", {
          target: f.target,
          html: f.html,
          failureSummary: "Fix this: after an empty submit this field changes colour but no " +
            "text says what is wrong.",
        });
      } else {
        add("form-error-linked", {
          target: f.target,
          html: f.html,
          failureSummary: `Fix this: the error "${
            (f.near || empty.loose[0].text).slice(0, 80)
          }" is not tied to this field (aria-describedby), so screen readers do not hear it.`,
        });
      }
    }
    if (empty.flagged.length === 0) {
      for (const l of empty.loose.slice(0, 3)) {
        add("form-error-linked", {
          target: l.target,
          html: l.html,
          failureSummary: `Fix this: the error "${l.text.slice(0, 80)}" appeared but no field ` +
            "points to it (aria-describedby) or is marked aria-invalid.",
        });
      }
    }
    // Wrong formats: the message must say how to put it right.
    await page.evaluate(beforeSubmit, form);
    const wrong = await page.evaluate(fillWrong, form);
    if (wrong.length === 0) {
      await page.evaluate(afterSubmit, form);
      continue;
    }
    await submit(page, form);
    const after = await page.evaluate(afterSubmit, form);
    for (const f of after.flagged.filter((x) => wrong.includes(x.target))) {
      const message = f.tied || f.near;
      if (message && !suggests.test(message.replace(/\d{1,2} of \d{1,2}/, ""))) {
        add("form-error-suggestion", {
          target: f.target,
          html: f.html,
          failureSummary: `Fix this: for a wrongly formatted answer the error says only ` +
            `"${message.slice(0, 80)}"; say what to enter, with an example.`,
        });
      }
    }
  }
  return found;
}
