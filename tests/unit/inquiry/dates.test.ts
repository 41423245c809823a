import assert from "node:assert/strict";
import { localDateOf } from "../../../src/inquiry/dates.ts";

Deno.test("localDateOf: the local calendar date, late at night and just after midnight", () => {
  assert.equal(localDateOf(new Date(2026, 10, 27, 23, 59)), "2026-11-27");
  assert.equal(localDateOf(new Date(2026, 10, 28, 0, 1)), "2026-11-28");
  assert.equal(localDateOf(new Date(2027, 0, 5, 12)), "2027-01-05");
});

Deno.test("localDateOf: follows the time zone, unlike the UTC date", () => {
  // 2026-11-28 03:30 UTC is still November 27 in Chicago (UTC-6); shift it so local time is Chicago time.
  const instant = new Date("2026-11-28T03:30:00Z");
  const chicago = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Chicago" }).format(instant);
  assert.equal(chicago, "2026-11-27");
  const offset = instant.getTimezoneOffset();
  const shifted = new Date(instant.getTime() + (offset - 360) * 60_000);
  assert.equal(localDateOf(shifted), "2026-11-27");
});
