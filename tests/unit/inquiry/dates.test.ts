import assert from "node:assert/strict";
import { localDateOf } from "../../../src/inquiry/dates.ts";

Deno.test("localDateOf: the local calendar date, late at night and just after midnight", () => {
  assert.equal(localDateOf(new Date(2026, 10, 27, 23, 59)), "2026-11-27");
  assert.equal(localDateOf(new Date(2026, 10, 28, 0, 1)), "2026-11-28");
  assert.equal(localDateOf(new Date(2027, 0, 5, 12)), "2027-01-05");
});
