import type { Lang } from "../inquiry/categories.ts";
import { trackerWords } from "../inquiry/i18n/tracker/index.ts";
import type { DesignatedAddress, DesignatedKind } from "../inquiry/tracker/designated.ts";

export interface EmailNotAcceptedProps {
  /** The language of the explanation (the page's). */
  lang: Lang;
  /** What the core found (emailNotAccepted): the kind of message and its rule. */
  refusal: { kind: DesignatedKind; citation: string };
  /** The servicer's designated address, shown line by line. */
  address: DesignatedAddress;
  /** Shown on a message card, where no clock is shown for the email. */
  noClocks?: boolean;
  /** Switches what is being recorded to a mailing. */
  onMail: () => void;
}

/** An email that may not count as a notice: said plainly, the address to mail it to, and the fix. */
export function EmailNotAccepted(
  { lang, refusal, address, noClocks, onMail }: EmailNotAcceptedProps,
) {
  const w = trackerWords(lang).designated;
  return (
    <div class="notice email-not-accepted">
      <p>{w.emailNotAccepted({ what: w.what[refusal.kind], citation: refusal.citation })}</p>
      <p>
        {[address.attention, ...address.lines].map((line, i) => (
          <span key={i}>
            {i > 0 && <br />}
            {line}
          </span>
        ))}
      </p>
      {noClocks && <p>{w.noClocks}</p>}
      <button type="button" class="secondary" onClick={onMail}>{w.mailInstead}</button>
    </div>
  );
}
