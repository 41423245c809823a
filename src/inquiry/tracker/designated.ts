/**
 * Where a notice of error or an information request must go to count. A servicer may designate an
 * address that borrowers must use for them (12 CFR 1024.35(c), 1024.36(b)); taking them by email
 * is an extra way in that it may, but need not, set up (comment 35(c)-4). An email to a servicer
 * whose profile says it takes them only at that address may not start the legal clocks.
 */
import type { CategoryId } from "../categories.ts";
import type { SendMethod } from "./record.ts";

/** Each kind's own rule on the designated address. */
export const designatedAddressRule = {
  "notice-of-error": "12 CFR 1024.35(c)",
  "request-for-information": "12 CFR 1024.36(b)",
} as const satisfies Partial<Record<CategoryId, string>>;

export type DesignatedKind = keyof typeof designatedAddressRule;

/** What the profile says about the designated address. */
export interface DesignatedAddress {
  acceptsEmail: boolean;
  attention: string;
  lines: string[];
}

/**
 * When the borrower records sending a notice of error or an information request by email to a
 * servicer that does not take them by email: the kind and its rule; otherwise undefined.
 */
export function emailNotAccepted(
  category: CategoryId,
  method: SendMethod | string,
  designated: Pick<DesignatedAddress, "acceptsEmail"> | undefined,
): { kind: DesignatedKind; citation: string } | undefined {
  if (method !== "email" || designated === undefined || designated.acceptsEmail) return undefined;
  if (category !== "notice-of-error" && category !== "request-for-information") return undefined;
  return { kind: category, citation: designatedAddressRule[category] };
}
