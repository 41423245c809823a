import "../../../src/inquiry/i18n/all.ts";
import { type CheckedInquiry, checkInquiry } from "../../../src/inquiry/check.ts";
import { type ServicerProfile, servicerProfileSchema } from "../../../src/inquiry/profile.ts";

/** A fictional servicer for tests: letters go to the designated address. */
export const profile: ServicerProfile = servicerProfileSchema.parse({
  name: "Example Mortgage Servicing",
  fictional: true,
  website: "https://servicer.example",
  securePortalUrl: "https://portal.servicer.example",
  email: {
    default: "help@servicer.example",
    byCategory: { hardship: "hardship@servicer.example" },
  },
  designatedAddress: {
    attention: "Attn: Notice of Error and Information Requests",
    lines: ["PO Box 1234", "Springfield, IL 62701"],
    acceptsEmail: false,
  },
  mailingAddress: {
    attention: "Attn: Customer Care",
    lines: ["PO Box 5678", "Springfield, IL 62701"],
  },
  phone: { display: "(555) 555-0100", tel: "+15555550100" },
  hours: {
    en: "Monday to Friday, 8 am to 8 pm",
    es: "De lunes a viernes, de 8 a. m. a 8 p. m.",
  },
  timeZone: "America/Chicago",
  responseTimeBusinessDays: 10,
});

/** The same servicer, accepting notices of error by email. */
export const emailProfile: ServicerProfile = {
  ...profile,
  designatedAddress: {
    ...profile.designatedAddress,
    acceptsEmail: true,
    email: "noe@servicer.example",
  },
};

export const today = "2026-11-27";

/** Form values through checkInquiry, as the widget sends them; throws with the problems if any. */
export function checked(values: Record<string, unknown>): CheckedInquiry {
  const result = checkInquiry(values, { lang: "en", today });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.inquiry;
}

/** The form values of a valid late-fee Payment Clarification inquiry. */
export const lateFeeValues = {
  category: "payment-clarification",
  topic: "late-fee",
  fullName: "Jane Q. Borrower",
  loanNumber: "1234567",
  propertyAddress: "12 Main St, Springfield, IL 62704",
  email: "jane@example.com",
  phone: "(555) 555-0123",
  summary: "I was charged a late fee for my November payment, which I made on time.",
  details:
    "I paid $1,234.56 online on November 1. The statement shows a $35.00 late fee on November 17.",
  feeAmount: "35.00",
  feeDate: "2026-11-17",
  attachments: [{ name: "bank-statement.pdf", type: "application/pdf" }],
};

/** The same inquiry, checked. */
export const lateFee = checked(lateFeeValues);
