/**
 * A minimal RFC 5322 / MIME writer for one text/plain message, hand-written to keep the
 * browser bundle small. Every header value is reduced to one line without control characters
 * before it is written, so no input can add or split a header.
 */
import { singleLine, utf8, wellFormed } from "./text.ts";

export interface Mailbox {
  name?: string;
  address: string;
}

export interface EmlInput {
  from: Mailbox;
  to: Mailbox;
  subject: string;
  body: string;
  /** The Date header; pass the clock in so output is reproducible. */
  date: Date;
  /** Becomes the Message-ID's left part, e.g. the inquiry reference. */
  reference: string;
}

const CRLF = "\r\n";
const MAX_LINE = 76;
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** RFC 5322 date-time in UTC, e.g. "Fri, 27 Nov 2026 14:03:00 +0000". */
export function formatEmailDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${
    MONTHS[date.getUTCMonth()]
  } ${date.getUTCFullYear()} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

/** Keeps only characters an addr-spec may hold, so an address cannot smuggle syntax. */
export function cleanAddress(address: string): string {
  return address.replace(/[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.@-]/g, "");
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** UTF-8 bytes per encoded-word: 12 + 52 characters, so "Subject: " and one word fit in 76. */
const WORD_BYTES = 39;

/**
 * RFC 2047 B encoded-words, never splitting a character. Each is at most 64 characters, so every
 * header line that holds one stays within the 76 that RFC 2047 section 2 allows.
 */
export function encodeWords(text: string): string[] {
  const words: string[] = [];
  let chunk = "";
  for (const ch of wellFormed(text)) {
    if (utf8(chunk + ch).length > WORD_BYTES) {
      words.push(chunk);
      chunk = "";
    }
    chunk += ch;
  }
  if (chunk !== "") words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(utf8(w))}?=`);
}

const PRINTABLE = /^[\x20-\x7e]*$/;

/** Whether text can go into a header as itself: printable ASCII, no encoded-word look-alike, short words. */
function plain(text: string): boolean {
  return PRINTABLE.test(text) && !text.includes("=?") &&
    text.split(" ").every((w) => w.length <= 70);
}

/** Joins unbreakable parts with spaces, folding (CRLF SP) before a part that would pass 76 columns. */
function fold(name: string, parts: string[]): string {
  let out = `${name}:`;
  let lineLength = out.length;
  for (const part of parts) {
    const fits = lineLength + 1 + part.length <= MAX_LINE ||
      lineLength === name.length + 1;
    out += (fits ? " " : CRLF + " ") + part;
    lineLength = (fits ? lineLength : 0) + 1 + part.length;
  }
  return out;
}

function mailboxParts(box: Mailbox): string[] {
  const address = `<${cleanAddress(box.address)}>`;
  const name = singleLine(box.name ?? "");
  if (name === "") return [address];
  if (plain(name) && !/["\\]/.test(name)) {
    return /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/.test(name)
      ? [...name.split(" "), address]
      : [`"${name}"`, address];
  }
  return [...encodeWords(name), address];
}

function subjectParts(subject: string): string[] {
  const text = singleLine(subject);
  return plain(text) ? text.split(" ") : encodeWords(text);
}

/** Quoted-printable (RFC 2045) of UTF-8 text with CRLF line ends and soft breaks at 76. */
export function quotedPrintable(text: string): string {
  return wellFormed(text).replace(/\r\n?/g, "\n").split("\n").map((line) => {
    const bytes = utf8(line);
    const tokens: string[] = [];
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      const literal = (b >= 33 && b <= 126 && b !== 61) ||
        ((b === 32 || b === 9) && !last);
      tokens.push(
        literal ? String.fromCharCode(b) : "=" + b.toString(16).toUpperCase().padStart(2, "0"),
      );
    });
    // "From " at a line start is mangled by mbox tools; encoding the F keeps the text intact.
    if (line.startsWith("From ")) tokens[0] = "=46";
    const out: string[] = [];
    let current = "";
    for (const t of tokens) {
      if (current.length + t.length > MAX_LINE - 1) {
        out.push(current + "=");
        current = "";
      }
      current += t;
    }
    out.push(current);
    return out.join(CRLF);
  }).join(CRLF);
}

/** The complete message, CRLF line ends, ready to save as a .eml file. */
export function buildEml(input: EmlInput): string {
  const domain = cleanAddress(input.from.address).split("@")[1]?.replace(
    /[^A-Za-z0-9.-]/g,
    "",
  ) ||
    "borrower-help-center.invalid";
  const id = input.reference.replace(/[^A-Za-z0-9._-]/g, "") || "message";
  const headers = [
    fold("From", mailboxParts(input.from)),
    fold("To", mailboxParts(input.to)),
    fold("Subject", subjectParts(input.subject)),
    `Date: ${formatEmailDate(input.date)}`,
    `Message-ID: <${id}@${domain}>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: quoted-printable",
  ];
  return headers.join(CRLF) + CRLF + CRLF + quotedPrintable(input.body) + CRLF;
}
