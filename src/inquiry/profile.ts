import { z } from "zod";
import { localizedText } from "../i18n/localized.ts";
import { categoryIds } from "./categories.ts";

const postalAddress = z.strictObject({
  /** Who the envelope is addressed to, e.g. "Attn: Notice of Error". */
  attention: z.string().min(1),
  /** The street or PO box lines and the city line; the servicer's name is printed above them. */
  lines: z.array(z.string().min(1)).min(1).max(5),
});

/** The name of the shipped, fictional example servicer. */
export const exampleServicerName = "Example Mortgage Servicing";

/**
 * The deployed servicer or agency (the `servicer:` block of the profile). Every object is strict:
 * an unknown key is an error, not silently ignored.
 */
export const servicerProfileSchema = z.strictObject({
  /** Legal or trading name shown in the header, page titles, letters and the contact page. */
  name: z.string().min(2).max(80),
  /**
   * True only for the shipped example: every footer then says the servicer is fictional and its
   * addresses reach no one. A real servicer sets it to false.
   */
  fictional: z.boolean(),
  website: z.url({ protocol: /^https$/ }),
  /** Where borrowers log in to send documents and sensitive details. */
  securePortalUrl: z.url({ protocol: /^https$/ }),
  email: z.strictObject({
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
  phone: z.strictObject({
    display: z.string().min(7),
    /** E.164 form used in tel: links, e.g. +15555550100. */
    tel: z.string().regex(
      /^\+[1-9][0-9]{6,14}$/,
      "use E.164 form, e.g. +15555550100",
    ),
  }),
  /** Opening hours: one text, or one per language code. */
  hours: localizedText({ max: 200 }),
  /** IANA time zone the hours are stated in. */
  timeZone: z.string().refine((tz) => {
    try {
      new Intl.DateTimeFormat(undefined, { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "must be an IANA time zone such as America/Chicago"),
  /** The servicer's own promise for a first answer, in business days. */
  responseTimeBusinessDays: z.number().int().min(1).max(30),
}).superRefine((profile, ctx) => {
  // Letters print the name above the address: a first line repeating it would print it twice.
  for (const key of ["designatedAddress", "mailingAddress"] as const) {
    const first = profile[key].lines[0];
    if (first.trim().toLowerCase() === profile.name.trim().toLowerCase()) {
      ctx.addIssue({
        code: "custom",
        message: "repeats the servicer's name, which letters already print above the address",
        path: [key, "lines", 0],
      });
    }
  }
});

export type ServicerProfile = z.infer<typeof servicerProfileSchema>;
