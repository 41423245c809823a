/** What a submit (or "Mask it") needs, as one lazy module: the checker and the guard's mask. */
export { checkInquiry } from "../inquiry/check.ts";
export { mask } from "../inquiry/guard.ts";
