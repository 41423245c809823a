import "../ui/form.css";
import "./messages.css";
import { useEffect, useState } from "preact/hooks";
import type { UiStrings } from "../i18n/ui/en.ts";
import type { Lang } from "../i18n/languages.ts";
import { formatDate } from "../inquiry/date-text.ts";
import { type IsoDate, localDateOf } from "../inquiry/dates.ts";
import { loadFormWords } from "../inquiry/i18n/form/index.ts";
import { loadMessageWords } from "../inquiry/i18n/message/index.ts";
import { loadNextStepsWords } from "../inquiry/i18n/next-steps/index.ts";
import { loadTrackerWords } from "../inquiry/i18n/tracker/index.ts";
import type { DesignatedAddress } from "../inquiry/tracker/designated.ts";
import { putMessage, removeMessage, type StoredList } from "../inquiry/tracker/stored.ts";
import { DataTools } from "./DataTools.tsx";
import { format } from "../i18n/format.ts";
import { SafeMessageCard, UnreadableCard } from "./SafeMessageCard.tsx";
import { SaveFailed } from "./SaveFailed.tsx";
import { changeStored, loadMessages } from "../ui/messages-storage.ts";
import { LoadFailed } from "../ui/LoadFailed.tsx";
import { onUse } from "../ui/load-on-use.ts";
import type { FormStrings } from "./UpdateForm.tsx";
import { MESSAGES_KEY } from "../ui/messages-key.ts";

interface Props {
  lang: Lang;
  t: UiStrings["messages"];
  form: FormStrings;
  loadFailedWords: UiStrings["loadFailed"];
  servicerName: string;
  /** The servicer's own promise, for messages no law times. */
  responseTimeBusinessDays?: number;
  contactPath: string;
  /** The profile's designated address: an email there may not count as a notice. */
  designated: DesignatedAddress;
}

/**
 * "My messages": the borrower's own tracker, read from and kept in this browser only. The list on
 * screen is always what storage held after the last read or successful write.
 */
export default function MessagesApp(p: Props) {
  const t = p.t;
  const [list, setList] = useState<StoredList | null>(null);
  const [today, setToday] = useState<IsoDate>("");
  const [status, setStatus] = useState("");
  const [loadFailed, setLoadFailed] = useState(false);
  const [saveFailed, setSaveFailed] = useState(0);
  useEffect(() => {
    // The words load with the list: nothing is shown until all are here.
    onUse(Promise.all([
      loadMessageWords(p.lang),
      loadFormWords(p.lang),
      loadTrackerWords(p.lang),
      loadNextStepsWords(p.lang),
    ])).then(() => {
      const now = localDateOf(new Date());
      setToday(now);
      setList(loadMessages(now));
      // Another tab (or the contact page) changed the list: show what is stored now.
      addEventListener("storage", (e) => {
        if (e.key === MESSAGES_KEY || e.key === null) setList(loadMessages(now));
      });
    }, () => setLoadFailed(true));
  }, []);
  // A repeated announcement gets a no-break space so screen readers say it again.
  const say = (text: string) => setStatus((old) => old === text ? text + "\u00a0" : text);
  /** Changes what is stored now; only once the browser kept it, shows the list and announces. */
  const write = (change: (stored: unknown) => unknown[], announcement: () => string) => {
    if (!changeStored(change)) return false;
    setSaveFailed(0);
    setList(loadMessages(today));
    say(announcement());
    return true;
  };
  /** A change made from the page itself (delete): a refusal is said at the top of the list. */
  const writeOrSay = (change: (stored: unknown) => unknown[], announcement: string) => {
    if (!write(change, () => announcement)) setSaveFailed((n) => n + 1);
  };
  const remove = (reference: string) => {
    writeOrSay((stored) => removeMessage(stored, reference), t.removed);
    document.getElementById("messages-title")?.focus();
  };
  const empty = list !== null && list.messages.length === 0 && list.unreadable.length === 0;
  return (
    <div class="messages-app widget">
      <p role="status" class="visually-hidden">{status}</p>
      {loadFailed && <LoadFailed t={p.loadFailedWords} />}
      {saveFailed > 0 && (
        <SaveFailed title={p.form.errorTitle} text={t.saveFailed} focusKey={saveFailed} />
      )}
      {list !== null && (
        empty
          ? (
            <p class="empty">
              {t.empty} <a href={p.contactPath}>{t.emptyLink}</a>
            </p>
          )
          : (
            <>
              <p>{format(t.today, { date: formatDate(today, p.lang) })}</p>
              {list.messages.map((m) => (
                <SafeMessageCard
                  key={m.reference}
                  message={m}
                  today={today}
                  lang={p.lang}
                  t={t}
                  form={p.form}
                  servicerName={p.servicerName}
                  responseTimeBusinessDays={p.responseTimeBusinessDays}
                  contactPath={p.contactPath}
                  designated={p.designated}
                  onChange={(next) => write((stored) => putMessage(stored, next), () => t.saved)}
                  onRemove={() => remove(m.reference)}
                />
              ))}
              {list.unreadable.map((entry, i) => (
                <UnreadableCard
                  key={`unreadable-${i}`}
                  reference={entry.reference}
                  t={t}
                  onRemove={entry.reference ? () => remove(entry.reference) : undefined}
                />
              ))}
            </>
          )
      )}
      {list !== null && (
        <DataTools
          messages={list.messages}
          unreadable={list.unreadable.length}
          today={today}
          lang={p.lang}
          t={t}
          form={p.form}
          responseTimeBusinessDays={p.responseTimeBusinessDays}
          designated={p.designated}
          onWrite={write}
          onDeleteAll={() => writeOrSay(() => [], t.deletedAll)}
        />
      )}
    </div>
  );
}
