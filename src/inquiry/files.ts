/** The files of a composed message, built when the borrower asks for one (compose.ts). */
import type { Composed } from "./compose.ts";
import { buildEml } from "./eml.ts";
import { buildIcs } from "./ics.ts";

/** The message as a .eml file, for a message that goes by email. */
export const emlFile = (c: Composed): string | undefined => c.email && buildEml(c.email);

/** The reminder as a .ics file, when a deadline applies. */
export const icsFile = (c: Composed): string | undefined =>
  c.calendar && buildIcs(c.calendar.event, c.calendar.producer);
