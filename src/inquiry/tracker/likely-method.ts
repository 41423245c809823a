/**
 * How a built message is most likely sent, until the borrower says: apart from built.ts so the
 * result view takes only this, and what records a built message stays in one chunk.
 */
import type { Message } from "../message.ts";
import type { SendMethod } from "./record.ts";

/** A letter by mail, an email by email. */
export function likelySendMethod(message: Pick<Message, "kind">): SendMethod {
  return message.kind === "letter" ? "mail" : "email";
}
