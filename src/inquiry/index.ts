/** The inquiry domain core: pure functions shared by the contact widget and the tests. */
export * from "./categories.ts";
// Type only: profile.ts pulls in all of classic zod; import servicerProfileSchema from it directly (build time).
export type { ServicerProfile } from "./profile.ts";
export * from "./deadline-rules.ts";
export * from "./catalog.ts";
export * from "./dates.ts";
export * from "./schema.ts";
export * from "./guard.ts";
export * from "./subject.ts";
export * from "./message.ts";
export * from "./eml.ts";
export * from "./mailto.ts";
export * from "./business-days.ts";
export * from "./deadlines.ts";
export * from "./deadline-text.ts";
export * from "./ics.ts";
export * from "./tone.ts";
export * from "./compose.ts";
