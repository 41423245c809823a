import { z } from "zod";
import { categoryIds } from "./categories.ts";

const localized = z.object({
  en: z.string().min(1),
  es: z.string().min(1),
});

const postalAddress = z.object({
  /** Who the envelope is addressed to, e.g. "Attn: Notice of Error". */
  attention: z.string().min(1),
  lines: z.array(z.string().min(1)).min(1).max(5),
});

/** The deployed servicer or agency: the only file an operator edits to rebrand the site. */
export const servicerProfileSchema = z.object({
  /** Legal or trading name shown in headers, letters and the contact page. */
  name: z.string().min(2).max(80),
  /** True for the shipped example: pages then say the servicer is fictional. */
  fictional: z.boolean(),
  website: z.url({ protocol: /^https$/ }),
  /** Where borrowers log in to send documents and sensitive details. */
  securePortalUrl: z.url({ protocol: /^https$/ }),
  email: z.object({
    /** Used for any category without its own address. */
    default: z.email(),
    byCategory: z.partialRecord(z.enum(categoryIds), z.email()).default({}),
  }),
  /** The address Reg X lets a servicer designate for errors and information requests. */
  designatedAddress: postalAddress.extend({
    /** Whether the servicer accepts notices of error and information requests by email. */
    acceptsEmail: z.boolean(),
    email: z.email().optional(),
  }).refine((a) => !a.acceptsEmail || a.email !== undefined, {
    message: "acceptsEmail is true, so email must be set",
    path: ["email"],
  }),
  /** General correspondence address. */
  mailingAddress: postalAddress,
  phone: z.object({
    display: z.string().min(7),
    /** E.164 form used in tel: links, e.g. +15555550100. */
    tel: z.string().regex(
      /^\+[1-9][0-9]{6,14}$/,
      "use E.164 form, e.g. +15555550100",
    ),
  }),
  hours: localized,
  /** IANA time zone the hours are stated in. */
  timeZone: z.string().refine((tz) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "must be an IANA time zone such as America/Chicago"),
  /** The servicer's own promise for a first answer, in business days. */
  responseTimeBusinessDays: z.number().int().min(1).max(30),
});

export type ServicerProfile = z.infer<typeof servicerProfileSchema>;
