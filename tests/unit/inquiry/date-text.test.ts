import assert from "node:assert/strict";
import { timeZoneWords } from "../../../src/inquiry/date-text.ts";

Deno.test("timeZoneWords: the servicer's time zone as people say it, in the page's language", () => {
  assert.equal(timeZoneWords("America/Chicago", "en"), "Central Time");
  assert.equal(timeZoneWords("America/New_York", "en"), "Eastern Time");
  assert.equal(timeZoneWords("America/Chicago", "es"), "hora central");
  assert.equal(timeZoneWords("America/Los_Angeles", "es"), "hora del Pacífico");
});

Deno.test("timeZoneWords: never the IANA id where Intl has words for the zone", () => {
  for (
    const zone of ["America/Denver", "America/Phoenix", "Pacific/Honolulu", "America/Anchorage"]
  ) {
    for (const lang of ["en", "es"] as const) {
      const words = timeZoneWords(zone, lang);
      assert.doesNotMatch(words, /\/|_/, `${zone} in ${lang}: ${words}`);
    }
  }
});
