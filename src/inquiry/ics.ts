import { addCalendarDays, type IsoDate } from "./dates.ts";
import { multiLine, singleLine, utf8 } from "./text.ts";

export interface ReminderInput {
  /** Globally unique, e.g. `${reference}-${ruleId}@borrower-help-center`. */
  uid: string;
  /** When the file was made (DTSTAMP); pass the clock in. */
  stamp: Date;
  /** The all-day event's date: when the answer is due. */
  date: IsoDate;
  summary: string;
  description: string;
}

const CRLF = "\r\n";

/** RFC 5545 TEXT escaping: backslash, semicolon, comma, newline. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => "\\" + c).replace(/\n/g, "\\n");
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = utf8(ch).length;
    if (octets + size > 75) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** One all-day VEVENT on the due date, with a reminder the morning before. */
function eventLines(input: ReminderInput): string[] {
  const day = input.date.replace(/-/g, "");
  const summary = escapeText(singleLine(input.summary));
  return [
    "BEGIN:VEVENT",
    `UID:${singleLine(input.uid).replace(/[^\x21-\x7e]/g, "")}`,
    `DTSTAMP:${stampOf(input.stamp)}`,
    `DTSTART;VALUE=DATE:${day}`,
    `DTEND;VALUE=DATE:${addCalendarDays(input.date, 1).replace(/-/g, "")}`,
    `SUMMARY:${summary}`,
    `DESCRIPTION:${escapeText(multiLine(input.description))}`,
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "TRIGGER:-PT15H",
    `DESCRIPTION:${summary}`,
    "END:VALARM",
    "END:VEVENT",
  ];
}

/**
 * A VCALENDAR holding one all-day event per due date. `producer` names who made it (PRODID): the
 * servicer whose help center this is.
 */
export function buildCalendar(events: ReminderInput[], producer: string): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//${escapeText(singleLine(producer).replaceAll("//", "/"))}//Reminders//EN`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...events.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A VCALENDAR with one all-day VEVENT on the due date and a reminder the morning before. */
export function buildIcs(input: ReminderInput, producer: string): string {
  return buildCalendar([input], producer);
}
