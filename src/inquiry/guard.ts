import { isCategoryId } from "./categories.ts";
import { type FieldId, fieldKinds, formFields } from "./catalog.ts";

/** What must never be emailed: found so the UI can point at it, never silently changed. */
export type SensitiveKind =
  | "ssn"
  | "card"
  | "routing"
  | "account"
  | "password"
  | "pin";

export interface Finding {
  field: FieldId;
  /** For an attachment, which file's name it is in. */
  item?: number;
  kind: SensitiveKind;
  /** UTF-16 offsets into the field's text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface GuardOptions {
  /** The loan number the borrower entered: never reported as a bank account or card. */
  loanNumber?: string;
}

type Word = "ssn" | "routing" | "account" | "card" | "neutral";

/** Keyword classes; "neutral" words (loan, reference, phone...) name numbers that are fine to send. */
const WORDS: [Word, RegExp][] = [
  [
    "ssn",
    /\b(?:ssn|s\.s\.n\.?|ss#|social(?! media)|soc\.? sec\.?|seguro social|itin|tax id)/gi,
  ],
  ["routing", /\b(?:routing|aba|rtn|transit|ruta|bank|banco)\b/gi],
  [
    "account",
    /\b(?:accounts?|acct|acc't|a\/c|checking|savings|cuentas?|cheques|ahorros)\b/gi,
  ],
  [
    "card",
    /\b(?:cards?|tarjetas?|visa|mastercard|amex|discover|debit|credit|cr[eé]dito|d[eé]bito)\b/gi,
  ],
  [
    "neutral",
    /\b(?:loan|pr[eé]stamo|mortgage|hipoteca|escrow|reference|ref|case|caso|confirmation|confirmaci[oó]n|ticket|claim|policy|p[oó]liza|parcel|invoice|factura|tracking|order|phone|telephone|tel[eé]fono|call|llame|llamar|cell|celular|fax|check|cheque|zip|balance|saldo|amount|cantidad|total|payments?|pagos?|fee|cargo)\b/gi,
  ],
];

const AFTER =
  /^[\s,:()-]{0,3}(?:(?:is|was|es|era)\s+)?(?:(?:my|mi|our|the|el|la)\s+)?(?:(?:bank|banco|checking|savings|n[uú]mero\s+de|number)\s+)?(ssn|social security|seguro social|routing|ruta|account|acct|cuenta)\b/i;

const WINDOW = 40;

/** The class of the keyword nearest before the number (same sentence), or one that follows it. */
function nearestWord(
  text: string,
  start: number,
  end: number,
): Word | undefined {
  let before = text.slice(Math.max(0, start - WINDOW), start);
  const cut = Math.max(
    before.lastIndexOf("\n"),
    ...[...before.matchAll(/[!?;]|\.(?=\s)/g)].map((m) => m.index),
  );
  if (cut >= 0) before = before.slice(cut + 1);
  let best: { word: Word; at: number } | undefined;
  for (const [word, re] of WORDS) {
    for (const m of before.matchAll(re)) {
      if (!best || m.index >= best.at) best = { word, at: m.index };
    }
  }
  // "loan account 123456" names the loan, not a bank account.
  const compound = /\b(?:loan|mortgage|escrow|pr[eé]stamo|hipoteca)\s+$/i;
  if (best) {
    return best.word !== "neutral" && compound.test(before.slice(0, best.at))
      ? "neutral"
      : best.word;
  }
  const after = AFTER.exec(text.slice(end, end + 40))?.[1].toLowerCase();
  if (after === undefined) return undefined;
  if (/ssn|social|seguro/.test(after)) return "ssn";
  return /rout|ruta/.test(after) ? "routing" : "account";
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

const between = (n: number, lo: number, hi: number) => n >= lo && n <= hi;

/** Issuer prefixes and lengths of the major card networks. */
function plausibleCard(d: string): boolean {
  const n = d.length;
  const p = (k: number) => Number(d.slice(0, k));
  if (d[0] === "4") return n === 13 || n === 16 || n === 19;
  if (between(p(2), 51, 55) || between(p(4), 2221, 2720)) return n === 16;
  if (p(2) === 34 || p(2) === 37) return n === 15;
  if (p(4) === 6011 || between(p(3), 644, 649) || p(2) === 65 || p(2) === 62) {
    return n >= 16;
  }
  if (between(p(4), 3528, 3589)) return n >= 16;
  if (between(p(3), 300, 305) || p(2) === 36 || p(2) === 38 || p(2) === 39) {
    return n >= 14;
  }
  return false;
}

/** The ABA routing checksum and a Federal Reserve routing symbol prefix. */
function abaValid(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  const prefix = Number(d.slice(0, 2));
  if (
    !(prefix <= 12 || between(prefix, 21, 32) || between(prefix, 61, 72) ||
      prefix === 80)
  ) return false;
  const x = [...d].map(Number);
  return (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + x[2] + x[5] +
        x[8]) % 10 === 0;
}

/** SSA never issues area 000, 666 or 900-999, group 00 or serial 0000. */
function ssnValid(d: string): boolean {
  const area = Number(d.slice(0, 3));
  return /^\d{9}$/.test(d) && area !== 0 && area !== 666 && area < 900 &&
    d.slice(3, 5) !== "00" &&
    d.slice(5) !== "0000";
}

/** A number standing alone: not inside a word, an amount, a decimal, a date or a time. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  if (/[\p{L}\p{N}_$]$/u.test(before) || /^[\p{L}\p{N}_]/u.test(after)) {
    return false;
  }
  if (/\d[.,/:]$/.test(before) || /^[.,/:]\d/.test(after)) return false;
  return !/^[-]\d/.test(after) && !/\d-$/.test(before);
}

const SSN_SHAPE = /\d{3}([- ])\d{2}\1\d{4}/g;
const CARD_SHAPE = /\d{4}([- ])\d{4}\1\d{4}\1\d{1,7}|\d{4}([- ])\d{6}\2\d{4,5}|\d{13,19}/g;
const BARE = /\d+(?:-\d+)*/g;
/** Dash-joined shapes that are ordinary: dates, phone numbers, ZIP+4. */
const ORDINARY =
  /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4}|(?:1-)?\d{3}-\d{3}-\d{4}|\d{3}-\d{4}|\d{5}-\d{4})$/;

const SECRET_STOPWORDS = new Set(
  ("not no wrong incorrect expired locked working correct the a an my being still too invalid reset changed " +
    "required needed new el la mi incorrecta incorrecto correcta bloqueada vencida caducada nueva")
    .split(" "),
);
const PASSWORD =
  /\b(?:password|passcode|passwd|pwd|contraseña|contrasena|clave de acceso)(?:\s*[:=]|\s+(?:is|was|es|era)\b\s*:?)\s*["'“]?([^\s"'”]+)/giu;
const PIN =
  /\b(?:pin|nip|cvv|cvc|cvv2)(?:\s*(?:code|number|número|#))?\s*(?:(?:is|was|es|era)\s*)?[:=#]?\s*(\d{3,8})\b/gi;

/** Every sensitive value in one field's text. */
export function scanText(
  text: string,
  field: FieldId,
  options: GuardOptions = {},
): Finding[] {
  const loan = options.loanNumber?.replace(/\D/g, "") ?? "";
  const found: Finding[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  const add = (kind: SensitiveKind, start: number, end: number) => {
    if (!taken(start, end)) {
      found.push({ field, kind, start, end, text: text.slice(start, end) });
    }
  };
  for (const m of text.matchAll(SSN_SHAPE)) {
    const end = m.index + m[0].length;
    if (standsAlone(text, m.index, end) && ssnValid(m[0].replace(/\D/g, ""))) {
      add("ssn", m.index, end);
    }
  }
  for (const m of text.matchAll(CARD_SHAPE)) {
    const end = m.index + m[0].length;
    const d = m[0].replace(/\D/g, "");
    if (
      d !== loan && standsAlone(text, m.index, end) && luhn(d) &&
      plausibleCard(d) &&
      nearestWord(text, m.index, end) !== "neutral"
    ) add("card", m.index, end);
  }
  for (const m of text.matchAll(BARE)) {
    const start = m.index, end = start + m[0].length;
    const d = m[0].replace(/\D/g, "");
    if (
      d === loan || ORDINARY.test(m[0]) || taken(start, end) ||
      !standsAlone(text, start, end)
    ) continue;
    const word = nearestWord(text, start, end);
    if (word === "ssn" && ssnValid(d)) add("ssn", start, end);
    else if (word === "routing" && abaValid(d)) add("routing", start, end);
    else if (
      (word === "account" || word === "routing") && d.length >= 6 &&
      d.length <= 17
    ) add("account", start, end);
  }
  for (const re of [PASSWORD, PIN]) {
    for (const m of text.matchAll(re)) {
      const secret = m[1].replace(/[.,;:)]+$/, "");
      if (SECRET_STOPWORDS.has(secret.toLowerCase()) || secret.length < 3) {
        continue;
      }
      const start = m.index + m[0].lastIndexOf(m[1]);
      add(re === PIN ? "pin" : "password", start, start + secret.length);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** One text that reaches the message: a field's value, or one attachment's file name. */
export interface MessageText {
  field: FieldId;
  item?: number;
  text: string;
}

/**
 * The texts of an inquiry that reach the message, in form order: every field its category and
 * topic show except the two choices, and the name of every attachment. Works on raw form values
 * and on a checked inquiry alike.
 */
export function messageTexts(values: Record<string, unknown>): MessageText[] {
  const category = isCategoryId(values.category) ? values.category : undefined;
  return formFields(category, values.topic).flatMap((field): MessageText[] => {
    const kind = fieldKinds[field].type;
    const value = values[field];
    if (kind === "choice") return [];
    if (kind === "files") {
      return (Array.isArray(value) ? value : []).flatMap((file: unknown, item) => {
        const name = (file as { name?: unknown } | null)?.name;
        return typeof name === "string" ? [{ field, item, text: name }] : [];
      });
    }
    return typeof value === "string" || typeof value === "number"
      ? [{ field, text: String(value) }]
      : [];
  });
}

/**
 * Every sensitive value in what would reach the message. The loan number field is scanned too (an
 * SSN typed there is caught), and the borrower's own loan number is never reported elsewhere.
 */
export function findSensitive(values: Record<string, unknown>): Finding[] {
  const typed = values.loanNumber;
  const loanNumber = typeof typed === "string" || typeof typed === "number" ? String(typed) : "";
  return messageTexts(values).flatMap(({ field, item, text }) =>
    scanText(text, field, { loanNumber }).map((f) => item === undefined ? f : { ...f, item })
  );
}

/** Masks a value: numbers keep their last four digits and separators; secrets are hidden whole. */
export function maskValue(value: string, kind: SensitiveKind): string {
  if (kind === "password" || kind === "pin") return "*".repeat(value.length);
  let keep = 4;
  return [...value].reverse().map((ch) => /\d/.test(ch) ? (keep-- > 0 ? ch : "*") : ch).reverse()
    .join("");
}

/** The text with one finding masked, e.g. "SSN ***-**-6789". */
export function mask(text: string, finding: Finding): string {
  return text.slice(0, finding.start) +
    maskValue(text.slice(finding.start, finding.end), finding.kind) +
    text.slice(finding.end);
}
