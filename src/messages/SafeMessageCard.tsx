import type { ComponentProps } from "preact";
import { useErrorBoundary } from "preact/hooks";
import type { UiStrings } from "../i18n/ui/en.ts";
import { MessageCard } from "./MessageCard.tsx";

/**
 * A stored entry this page cannot show (its details do not read, or showing them failed): one
 * card that says so, with its reference. The entry stays stored until the borrower deletes it.
 */
export function UnreadableCard(
  p: { reference: string; t: UiStrings["messages"]; onRemove?: () => void },
) {
  const id = `unreadable-${p.reference || "none"}`;
  return (
    <section class="message-card" aria-labelledby={id}>
      <h2 id={id}>{p.t.unreadableTitle}</h2>
      <dl class="summary-list">
        <div>
          <dt>{p.t.reference}</dt>
          <dd>{p.reference || p.t.unreadableNoReference}</dd>
        </div>
      </dl>
      <p>{p.t.unreadableText}</p>
      {p.onRemove && (
        <div class="actions">
          <button type="button" class="secondary" onClick={p.onRemove}>{p.t.remove}</button>
        </div>
      )}
    </section>
  );
}

/** A message card that, should showing it ever fail, becomes the card above instead of a blank page. */
export function SafeMessageCard(p: ComponentProps<typeof MessageCard>) {
  const [error] = useErrorBoundary();
  return error
    ? <UnreadableCard reference={p.message.reference} t={p.t} onRemove={p.onRemove} />
    : <MessageCard {...p} />;
}
