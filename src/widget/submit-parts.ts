/**
 * What submitting needs, as one module loaded when the borrower first moves into the form: the
 * checker and the guard's mask, then what builds and shows the message (composer, result view,
 * the record in My messages). One load instead of two: the borrower who checks their answers
 * builds the message next.
 */
export { checkInquiry } from "../inquiry/check.ts";
export { mask } from "../inquiry/guard.ts";
export { composeInquiry } from "../inquiry/compose.ts";
export { Result } from "./Result.tsx";
export { recordBuilt } from "./record-built.ts";
export { ErrorSummary } from "../ui/ErrorSummary.tsx";
export { answersOf, CheckAnswers } from "./CheckAnswers.tsx";
