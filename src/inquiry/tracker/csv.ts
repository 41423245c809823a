/** "My messages" as a CSV file (RFC 4180, UTF-8 with a BOM) that spreadsheet programs open safely. */
import type { Lang } from "../categories.ts";
import { trackerWords } from "../i18n/tracker/index.ts";
import type { MessageClock } from "./clocks.ts";
import { topicNames, type TrackedMessage } from "./record.ts";

/** Quotes every cell; a leading = + - @ is defused so no cell runs as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** One row per message, with the next open due date from its clocks. */
export function messagesCsv(
  rows: { message: TrackedMessage; clocks: MessageClock[] }[],
  lang: Lang,
): string {
  const w = trackerWords(lang);
  const h = w.csv;
  const header = [
    h.reference,
    h.subject,
    h.category,
    h.topic,
    h.created,
    h.sentOn,
    h.method,
    h.tracking,
    h.delivered,
    h.acknowledged,
    h.answered,
    h.outcome,
    h.nextDue,
  ];
  const lines = rows.map(({ message: m, clocks }) => {
    const next = clocks.find((c) => c.status === "waiting" || c.status === "due-soon");
    return [
      m.reference,
      m.subject,
      ...topicNames(m, lang),
      m.created,
      m.sent?.on ?? "",
      m.sent ? w.method[m.sent.method] : "",
      m.sent?.tracking ?? "",
      m.sent?.delivered ?? "",
      m.acknowledged ?? "",
      m.answered ?? "",
      m.outcome ? (m.outcome.resolved ? h.resolved : h.notResolved) : "",
      next?.dueDate ?? "",
    ];
  });
  // A byte-order mark first: spreadsheet programs then read the file as UTF-8 (accents, dashes).
  return "\ufeff" + [header, ...lines].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
