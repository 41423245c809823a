import assert from "node:assert/strict";
import {
  addBusinessDays,
  federalHolidays,
  isBusinessDay,
  isFederalHoliday,
} from "../../../src/inquiry/business-days.ts";
import { addCalendarDays } from "../../../src/inquiry/dates.ts";

Deno.test("federalHolidays: 2026 observed dates", () => {
  assert.deepEqual(federalHolidays(2026).map((h) => h.observed), [
    "2026-01-01",
    "2026-01-19",
    "2026-02-16",
    "2026-05-25",
    "2026-06-19",
    "2026-07-03",
    "2026-09-07",
    "2026-10-12",
    "2026-11-11",
    "2026-11-26",
    "2026-12-25",
  ]);
});

Deno.test("federalHolidays: 2027 observed dates", () => {
  assert.deepEqual(federalHolidays(2027).map((h) => h.observed), [
    "2027-01-01",
    "2027-01-18",
    "2027-02-15",
    "2027-05-31",
    "2027-06-18",
    "2027-07-05",
    "2027-09-06",
    "2027-10-11",
    "2027-11-11",
    "2027-11-25",
    "2027-12-24",
  ]);
});

Deno.test("isFederalHoliday: New Year's Day on a Saturday is observed the Friday before", () => {
  assert.equal(isFederalHoliday("2021-12-31"), true);
  assert.equal(isFederalHoliday("2027-12-31"), true);
  assert.equal(isFederalHoliday("2026-12-31"), false);
  assert.equal(isFederalHoliday("2022-12-26"), true);
});

Deno.test("isBusinessDay: weekends and holidays are not", () => {
  assert.equal(isBusinessDay("2026-07-03"), false);
  assert.equal(isBusinessDay("2026-07-04"), false);
  assert.equal(isBusinessDay("2026-07-06"), true);
  assert.equal(isBusinessDay("2027-06-18"), false);
  assert.equal(isBusinessDay("2026-11-28"), false);
});

Deno.test("addBusinessDays and addCalendarDays", () => {
  assert.equal(addBusinessDays("2026-12-23", 5), "2026-12-31");
  assert.equal(addBusinessDays("2026-11-25", 1), "2026-11-27");
  assert.equal(addBusinessDays("2026-11-27", 0), "2026-11-27");
  assert.equal(addBusinessDays("2026-07-02", 1), "2026-07-06");
  assert.equal(addCalendarDays("2026-12-31", 1), "2027-01-01");
  assert.equal(addCalendarDays("2028-02-28", 1), "2028-02-29");
  assert.equal(addCalendarDays("2026-03-08", 1), "2026-03-09");
});
