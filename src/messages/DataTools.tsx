import { useRef, useState } from "preact/hooks";
import type { UiStrings } from "../i18n/ui/en.ts";
import { format } from "../i18n/format.ts";
import type { Lang } from "../inquiry/categories.ts";
import type { IsoDate } from "../inquiry/dates.ts";
import { messageClocks } from "../inquiry/tracker/clocks.ts";
import { messagesCsv } from "../inquiry/tracker/csv.ts";
import { plural } from "../inquiry/plural.ts";
import { exportFile, parseExportFile, type TrackedMessage } from "../inquiry/tracker/record.ts";
import type { DesignatedAddress } from "../inquiry/tracker/designated.ts";
import { importMessages } from "../inquiry/tracker/stored.ts";
import { download } from "../ui/download.ts";
import { describedBy, ErrorMessage } from "../ui/ErrorMessage.tsx";
import { ErrorSummary } from "../ui/ErrorSummary.tsx";
import type { FormStrings } from "./UpdateForm.tsx";

interface Props {
  messages: TrackedMessage[];
  /** How many stored entries cannot be shown (deleting everything removes them too). */
  unreadable: number;
  today: IsoDate;
  lang: Lang;
  t: UiStrings["messages"];
  form: FormStrings;
  responseTimeBusinessDays?: number;
  designated: DesignatedAddress;
  /** Changes what is stored now, then announces; false when the browser refused. */
  onWrite: (change: (stored: unknown) => unknown[], announcement: () => string) => boolean;
  onDeleteAll: () => void;
}

/**
 * Export (JSON, CSV), import with a refusal that loses nothing, and delete everything. "Imported"
 * is said only once the browser has kept the import.
 */
export function DataTools(p: Props) {
  const { t, form } = p;
  const dialog = useRef<HTMLDialogElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const [error, setError] = useState("");
  const [focusKey, setFocusKey] = useState(0);

  const exportCsv = () => {
    const rows = p.messages.map((message) => ({
      message,
      clocks: messageClocks(message, p.today, {
        responseTimeBusinessDays: p.responseTimeBusinessDays,
        designated: p.designated,
      }),
    }));
    download(t.fileNames.csv, "text/csv", messagesCsv(rows, p.lang));
  };

  const importFile = async (e: Event) => {
    e.preventDefault();
    const chosen = file.current?.files?.[0];
    const parsed = chosen
      ? parseExportFile(await chosen.text(), p.today)
      : { ok: false as const, problem: "none" as const };
    const refuse = (message: string) => {
      setError(message);
      setFocusKey((k) => k + 1);
    };
    if (!parsed.ok) return refuse(t.importErrors[parsed.problem]);
    let counts = { added: 0, updated: 0 };
    const kept = p.onWrite((stored) => {
      const merged = importMessages(stored, parsed.messages, p.today);
      counts = merged;
      return merged.list;
    }, () =>
      format(t.imported.text, {
        added: plural(p.lang, counts.added, t.imported.added),
        updated: plural(p.lang, counts.updated, t.imported.updated),
      }));
    if (!kept) return refuse(t.importErrors.notSaved);
    setError("");
    if (file.current) file.current.value = "";
  };

  return (
    <section class="data-tools" aria-labelledby="data-tools-title">
      <h2 id="data-tools-title">{t.toolsTitle}</h2>
      {p.messages.length > 0 && (
        <div class="actions">
          <button
            type="button"
            class="secondary"
            onClick={() =>
              download(t.fileNames.json, "application/json", exportFile(p.messages, new Date()))}
          >
            {t.exportJson}
          </button>
          <button type="button" class="secondary" onClick={exportCsv}>{t.exportCsv}</button>
        </div>
      )}
      <form noValidate onSubmit={importFile}>
        {error && (
          <ErrorSummary
            title={form.errorTitle}
            problems={[{ field: "import", message: error }]}
            focusKey={focusKey}
          />
        )}
        <div class={error ? "field field-error" : "field"}>
          <label for="f-import">{t.importLabel}</label>
          <p class="hint" id="f-import-hint">{t.importHint}</p>
          <ErrorMessage id="f-import-error" prefix={form.errorPrefix} message={error} />
          <input
            type="file"
            id="f-import"
            ref={file}
            accept=".json,application/json"
            aria-describedby={describedBy("f-import", "hint", error)}
          />
        </div>
        <button type="submit" class="secondary">{t.importButton}</button>
      </form>
      {p.messages.length + p.unreadable > 0 && (
        <>
          <button type="button" class="warning" onClick={() => dialog.current?.showModal()}>
            {t.deleteAll}
          </button>
          <dialog ref={dialog} aria-labelledby="delete-all-title">
            <h2 id="delete-all-title">{t.deleteConfirmTitle}</h2>
            <p>{t.deleteConfirmText}</p>
            <form method="dialog" class="actions">
              <button
                type="submit"
                class="warning"
                onClick={p.onDeleteAll}
              >
                {t.deleteConfirm}
              </button>
              <button type="submit" class="secondary" autofocus>{t.cancel}</button>
            </form>
          </dialog>
        </>
      )}
    </section>
  );
}
