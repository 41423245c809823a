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

/**
 * Keyword classes. "identifier" words name numbers that are fine to send (loan, reference, phone,
 * PO box...); "amount" words (fee, payment, balance...) too, except that they never clear a number
 * that passes a card's checksum: "paid the fee with 4111 1111 1111 1111" is a card.
 */
type Word = "ssn" | "routing" | "account" | "card" | "identifier" | "amount";

const SSN_WORDS =
  /\b(?:ssn|s\.s\.n\.?|ss#|social(?! media)|soc\.? sec\.?|seguro social|itin|tax id|w-?2\b)/gi;

const WORDS: [Word, RegExp][] = [
  ["ssn", SSN_WORDS],
  ["routing", /\b(?:routing|aba|rtn|transit|ruta|bank|banco)\b/gi],
  ["account", /\b(?:accounts?|acct|acc't|a\/c|checking|savings|cuentas?|cheques|ahorros)\b/gi],
  [
    "card",
    /\b(?:cards?|tarjetas?|visa|mastercard|amex|discover|debit|credit|cr[eé]dito|d[eé]bito)\b/gi,
  ],
  [
    "identifier",
    /\b(?:loan|pr[eé]stamo|mortgage|hipoteca|escrow|reference|ref|case|caso|confirmation|confirmaci[oó]n|ticket|claim|policy|p[oó]liza|parcel|invoice|factura|tracking|seguimiento|rastreo|order|phone|telephone|tel[eé]fono|call|llame|llamar|cell|celular|fax|check|cheque|zip|box|apartado)\b/gi,
  ],
  ["amount", /\b(?:balance|saldo|amount|cantidad|total|payments?|pagos?|fee|cargo)\b/gi],
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
    return best.word !== "identifier" && compound.test(before.slice(0, best.at))
      ? "identifier"
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

/**
 * A number standing alone: not inside a word, an amount or a decimal. In a file name, letters and
 * underscores around it are separators ("W2_123-45-6789.pdf", "jsmith123456789.pdf").
 */
function standsAlone(text: string, start: number, end: number, fileName: boolean): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  const joined = fileName ? /[\p{N}$]$/u : /[\p{L}\p{N}_$]$/u;
  if (joined.test(before) || (!fileName && /^[\p{L}\p{N}_]/u.test(after))) return false;
  return !/\d[,/:]$/.test(before) && !/^[,/:]\d/.test(after);
}

/** Text as the guard reads it, with where each of its UTF-16 units came from in the text as typed. */
interface Normalized {
  text: string;
  start: number[];
  end: number[];
}

const DIGIT = /\p{Nd}/u;

/** Any Unicode decimal digit's value: digits come in runs of ten from 0 (a Unicode stability rule). */
function digitValue(char: string): string {
  const code = char.codePointAt(0)!;
  let zero = code;
  while (DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String((code - zero) % 10);
}

/**
 * How people really write numbers, read as the guard reads them: NFKC (full-width forms), format
 * characters gone (zero-width, soft hyphen, bidi marks), every decimal digit ASCII, every dash a
 * hyphen, every space a space.
 */
function normalize(raw: string): Normalized {
  const out: Normalized = { text: "", start: [], end: [] };
  let at = 0;
  for (const typed of raw) {
    const from = at;
    at += typed.length;
    for (const char of /\p{Cf}/u.test(typed) ? "" : typed.normalize("NFKC")) {
      const read = DIGIT.test(char)
        ? digitValue(char)
        : /[\p{Pd}\u2212]/u.test(char)
        ? "-"
        : /\p{Zs}/u.test(char)
        ? " "
        : char;
      out.text += read;
      for (let i = 0; i < read.length; i++) {
        out.start.push(from);
        out.end.push(at);
      }
    }
  }
  return out;
}

/** Digit groups joined by a dash, a dot or a space ("123 - 45 - 6789", "4111.1111.1111.1111"). */
const NUMBER = /\d+(?:(?: ?[-.] ?| )\d+)*/g;
/** Shapes that are ordinary, once every separator is a hyphen: dates, phone numbers, ZIP+4. */
const ORDINARY =
  /^(?:\d{4}-\d{1,2}-\d{1,2}|(?:19|20)\d\d-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4}|(?:1-)?\d{3}-\d{3}-\d{4}|\d{3}-\d{4}|\d{5}-\d{4})$/;
/** Dollars and cents: "1234.56". */
const AMOUNT = /^\d+\.\d\d$/;

const SECRET_STOPWORDS = new Set(
  ("not no wrong incorrect expired locked working correct the a an my being still too invalid reset changed " +
    "required needed new el la mi incorrecta incorrecto correcta bloqueada vencida caducada nueva")
    .split(" "),
);
const PASSWORD =
  /\b(?:password|passcode|passwd|pwd|contraseña|contrasena|clave de acceso)(?:\s*[:=]|\s+(?:is|was|es|era)\b\s*:?)\s*["'“]?([^\s"'”]+)/giu;
const PIN =
  /\b(?:pin|nip|cvv|cvc|cvv2)(?:\s*(?:code|number|número|#))?\s*(?:(?:is|was|es|era)\s*)?[:=#]?\s*(\d{3,8})\b/gi;

/** Whether a text names a social security number anywhere (for a bare number in another field). */
function mentionsSsn(text: string): boolean {
  return normalize(text).text.search(SSN_WORDS) >= 0;
}

export interface ScanOptions extends GuardOptions {
  /** The text is a file's name: letters and underscores around a number separate it. */
  fileName?: boolean;
  /** Another text of the message names an SSN: a bare valid nine-digit number here is one. */
  ssnMentioned?: boolean;
}

/** What a number is, by its digit groups and the keyword nearest it; undefined when ordinary. */
function classify(
  text: string,
  start: number,
  end: number,
  options: ScanOptions,
  loan: string,
): SensitiveKind | undefined {
  const shape = text.slice(start, end);
  const d = shape.replace(/\D/g, "");
  if (!standsAlone(text, start, end, options.fileName === true)) return;
  // The shape of an SSN is one even where the loan number is asked for.
  if (ssnValid(d) && shape.split(/\D+/).map((g) => g.length).join() === "3,2,4") return "ssn";
  if (d === loan || ORDINARY.test(shape.replace(/ ?[-. ] ?/g, "-")) || AMOUNT.test(shape)) return;
  const word = nearestWord(text, start, end);
  if (word === "ssn" && ssnValid(d)) return "ssn";
  if (d.length >= 13 && luhn(d) && plausibleCard(d) && word !== "identifier") return "card";
  if (word === undefined && options.ssnMentioned && ssnValid(d)) return "ssn";
  if (word === "routing" && abaValid(d)) return "routing";
  if ((word === "account" || word === "routing") && d.length >= 6 && d.length <= 17) {
    return "account";
  }
}

/** Every sensitive value in one field's text, with offsets into the text as typed. */
export function scanText(
  typed: string,
  field: FieldId,
  options: ScanOptions = {},
): Finding[] {
  const read = normalize(typed);
  // In a file name an underscore separates words as a space does ("W2_123456789.pdf").
  const text = options.fileName ? read.text.replace(/_/g, " ") : read.text;
  const loan = normalize(options.loanNumber ?? "").text.replace(/\D/g, "");
  const found: { kind: SensitiveKind; start: number; end: number }[] = [];
  const add = (kind: SensitiveKind, start: number, end: number) => {
    if (!found.some((f) => start < f.end && end > f.start)) found.push({ kind, start, end });
  };
  for (const m of text.matchAll(NUMBER)) {
    const end = m.index + m[0].length;
    const kind = classify(text, m.index, end, options, loan);
    if (kind) add(kind, m.index, end);
    // Groups a space joined may be separate numbers: "W2 123-45-6789", "account 12345678 2 times".
    else {
      for (const part of m[0].matchAll(/\d+(?:(?: ?[-.] ?)\d+)*/g)) {
        if (part[0] === m[0]) continue;
        const from = m.index + part.index;
        const partKind = classify(text, from, from + part[0].length, options, loan);
        if (partKind) add(partKind, from, from + part[0].length);
      }
    }
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
  return found.map(({ kind, start, end }) => {
    const [from, to] = [read.start[start], read.end[end - 1]];
    return { field, kind, start: from, end: to, text: typed.slice(from, to) };
  }).sort((a, b) => a.start - b.start);
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
  const texts = messageTexts(values);
  const ssnMentioned = texts.some(({ text }) => mentionsSsn(text));
  return texts.flatMap(({ field, item, text }) =>
    scanText(text, field, { loanNumber, ssnMentioned, fileName: item !== undefined }).map((f) =>
      item === undefined ? f : { ...f, item }
    )
  );
}

/** Masks a value: numbers keep their last four digits and separators; secrets are hidden whole. */
export function maskValue(value: string, kind: SensitiveKind): string {
  if (kind === "password" || kind === "pin") return "*".repeat(value.length);
  let keep = 4;
  return [...value].reverse().map((ch) => DIGIT.test(ch) ? (keep-- > 0 ? ch : "*") : ch).reverse()
    .join("");
}

/** The text with one finding masked, e.g. "SSN ***-**-6789". */
export function mask(text: string, finding: Finding): string {
  return text.slice(0, finding.start) +
    maskValue(text.slice(finding.start, finding.end), finding.kind) +
    text.slice(finding.end);
}
