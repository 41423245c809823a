/** What building a message needs, as one lazy module: the composer, the result view, the record. */
export { composeInquiry } from "../inquiry/compose.ts";
export { Result } from "./Result.tsx";
export { recordBuilt } from "./record-built.ts";
