/** Every dictionary of the core in every language, loaded at once: for the build and for tests. */
import { langs } from "../../i18n/languages.ts";
import { loadFormWords } from "./form/index.ts";
import { loadMessageWords } from "./message/index.ts";
import { loadNextStepsWords } from "./next-steps/index.ts";
import { loadProblemWords } from "./problem/index.ts";
import { loadRuleWords } from "./rule/index.ts";
import { loadTrackerWords } from "./tracker/index.ts";

await Promise.all([
  loadFormWords(...langs),
  loadMessageWords(...langs),
  loadNextStepsWords(...langs),
  loadProblemWords(...langs),
  loadRuleWords(...langs),
  loadTrackerWords(...langs),
]);
