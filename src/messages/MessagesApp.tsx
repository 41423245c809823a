import "../widget/widget.css";
import "./messages.css";
import { useEffect, useState } from "preact/hooks";
import type { UiStrings } from "../i18n/ui/en.ts";
import type { Lang } from "../inquiry/categories.ts";
import { defaultLang } from "../i18n/languages.ts";
import { formatDate } from "../inquiry/date-text.ts";
import { type IsoDate, localDateOf } from "../inquiry/dates.ts";
import { loadFormWords } from "../inquiry/i18n/form/index.ts";
import { loadMessageWords } from "../inquiry/i18n/message/index.ts";
import { loadTrackerWords } from "../inquiry/i18n/tracker/index.ts";
import type { TrackedMessage } from "../inquiry/tracker/record.ts";
import { DataTools } from "./DataTools.tsx";
import { format } from "../i18n/format.ts";
import { MessageCard } from "./MessageCard.tsx";
import { loadMessages, saveMessages } from "./storage.ts";
import { LoadFailed } from "../widget/LoadFailed.tsx";
import { onUse } from "../widget/load-on-use.ts";
import type { FormStrings } from "./UpdateForm.tsx";

interface Props {
  lang: Lang;
  t: UiStrings["messages"];
  form: FormStrings;
  loadFailedWords: UiStrings["loadFailed"];
  servicerName: string;
  /** The servicer's own promise, for messages no law times. */
  responseTimeBusinessDays?: number;
  contactPath: string;
}

/** "My messages": the borrower's own tracker, read from and kept in this browser only. */
export default function MessagesApp(p: Props) {
  const [messages, setMessages] = useState<TrackedMessage[] | null>(null);
  const [today, setToday] = useState<IsoDate>("");
  const [status, setStatus] = useState("");
  const [loadFailed, setLoadFailed] = useState(false);
  useEffect(() => {
    // The words load with the list: nothing is shown until all are here.
    onUse(Promise.all([
      loadMessageWords(p.lang),
      loadTrackerWords(p.lang),
      // Follow-up subject lines name the category in the first language (routingCategoryName).
      loadFormWords(p.lang, defaultLang),
    ])).then(() => {
      setToday(localDateOf(new Date()));
      setMessages(loadMessages());
    }, () => setLoadFailed(true));
  }, []);
  // A repeated announcement gets a no-break space so screen readers say it again.
  const say = (text: string) => setStatus((old) => old === text ? text + "\u00a0" : text);
  const keep = (next: TrackedMessage[]) => {
    setMessages(next);
    saveMessages(next);
  };
  const t = p.t;
  return (
    <div class="messages-app widget">
      <p role="status" class="visually-hidden">{status}</p>
      {loadFailed && <LoadFailed t={p.loadFailedWords} />}
      {messages !== null && (
        messages.length === 0
          ? (
            <p class="empty">
              {t.empty} <a href={p.contactPath}>{t.emptyLink}</a>
            </p>
          )
          : (
            <>
              <p>{format(t.today, { date: formatDate(today, p.lang) })}</p>
              {messages.map((m) => (
                <MessageCard
                  key={m.reference}
                  message={m}
                  today={today}
                  lang={p.lang}
                  t={t}
                  form={p.form}
                  servicerName={p.servicerName}
                  responseTimeBusinessDays={p.responseTimeBusinessDays}
                  contactPath={p.contactPath}
                  onChange={(next) => {
                    keep(messages.map((x) => x.reference === next.reference ? next : x));
                    say(t.saved);
                  }}
                  onRemove={() => {
                    keep(messages.filter((x) => x.reference !== m.reference));
                    say(t.removed);
                    document.getElementById("messages-title")?.focus();
                  }}
                />
              ))}
            </>
          )
      )}
      {messages !== null && (
        <DataTools
          messages={messages}
          today={today}
          lang={p.lang}
          t={t}
          form={p.form}
          responseTimeBusinessDays={p.responseTimeBusinessDays}
          onReplace={(next, announcement) => {
            keep(next);
            say(announcement);
          }}
        />
      )}
    </div>
  );
}
