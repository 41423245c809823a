import type { UiStrings } from "../i18n/en.ts";
import type { LogEntry } from "./draft-storage.ts";

interface Props {
  log: LogEntry[];
  t: UiStrings["widget"];
  onDelete: () => void;
}

const dueDates = (e: LogEntry) => e.deadlines.map((d) => d.dueDate);

/** Exports are rare: the file helpers load when one is asked for, not with the page. */
const fileHelpers = () => import("./download.ts");

/** The messages made on this device (localStorage only), with CSV and JSON export. */
export function MessageLog({ log, t, onDelete }: Props) {
  const rows = [
    [t.logDate, t.logReference, t.logSubject, t.logDue],
    ...log.map((e) => [e.date, e.reference, e.subject, dueDates(e).join(" ")]),
  ];
  return (
    <section class="log" aria-labelledby="log-title">
      <h2 id="log-title" tabIndex={-1}>{t.logTitle}</h2>
      <p>{t.logIntro}</p>
      {log.length === 0 ? <p>{t.logEmpty}</p> : (
        <>
          <ul>
            {log.map((e) => (
              <li key={e.reference}>
                <strong>{e.subject}</strong>
                <br />
                {t.logDate}: {e.date}. {t.logReference}: {e.reference}. {t.logDue}:{" "}
                {dueDates(e).join(", ")}.
              </li>
            ))}
          </ul>
          <div class="actions">
            <button
              type="button"
              class="secondary"
              onClick={() =>
                fileHelpers().then(({ download, toCsv }) =>
                  download("bhc-messages.csv", "text/csv", toCsv(rows))
                )}
            >
              {t.exportCsv}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() =>
                fileHelpers().then(({ download }) =>
                  download("bhc-messages.json", "application/json", JSON.stringify(log, null, 2))
                )}
            >
              {t.exportJson}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                onDelete();
                document.getElementById("log-title")?.focus();
              }}
            >
              {t.deleteLog}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
