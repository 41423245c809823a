import assert from "node:assert/strict";
import { servicerProfileSchema } from "../../../src/inquiry/profile.ts";

const address = {
  attention: "Attn: Test",
  lines: ["PO Box 1", "Springfield, ST 00000"],
};
const valid = {
  name: "Test Servicer",
  fictional: true,
  website: "https://www.servicer.example",
  securePortalUrl: "https://portal.servicer.example",
  email: { default: "help@servicer.example" },
  designatedAddress: { ...address, acceptsEmail: false },
  mailingAddress: address,
  phone: { display: "(555) 555-0100", tel: "+15555550100" },
  hours: { en: "Weekdays", es: "Entre semana" },
  timeZone: "America/Chicago",
  responseTimeBusinessDays: 3,
};

function issuesOf(input: unknown): string[] {
  const result = servicerProfileSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
}

Deno.test("a complete profile is accepted and byCategory defaults to empty", () => {
  const parsed = servicerProfileSchema.parse(valid);
  assert.deepEqual(parsed.email.byCategory, {});
});

Deno.test("accepting email at the designated address requires that address", () => {
  const input = {
    ...valid,
    designatedAddress: { ...address, acceptsEmail: true },
  };
  assert.deepEqual(issuesOf(input), ["designatedAddress.email"]);
});

Deno.test("an unknown key is refused, not ignored", () => {
  const result = servicerProfileSchema.safeParse({ ...valid, brandColor: "#00ff00" });
  assert.equal(result.success, false);
  assert.equal(result.error!.issues[0].code, "unrecognized_keys");
});

Deno.test("an address line repeating the name is refused: letters print the name above it", () => {
  const input = {
    ...valid,
    mailingAddress: { ...address, lines: ["test servicer", ...address.lines] },
  };
  assert.deepEqual(issuesOf(input), ["mailingAddress.lines.0"]);
});

Deno.test("hours: one text for every language, or one per registry language with the first", () => {
  assert.deepEqual(servicerProfileSchema.parse({ ...valid, hours: "Weekdays" }).hours, {
    en: "Weekdays",
  });
  assert.deepEqual(issuesOf({ ...valid, hours: { es: "Entre semana" } }), ["hours"]);
  assert.deepEqual(issuesOf({ ...valid, hours: { en: "Weekdays", xx: "?" } }), ["hours.xx"]);
});

Deno.test("bad fields are reported by path", () => {
  assert.deepEqual(issuesOf({ ...valid, timeZone: "Mars/Olympus" }), [
    "timeZone",
  ]);
  assert.deepEqual(issuesOf({ ...valid, website: "http://insecure.example" }), [
    "website",
  ]);
  assert.deepEqual(
    issuesOf({ ...valid, phone: { display: "555", tel: "5550100" } }),
    [
      "phone.display",
      "phone.tel",
    ],
  );
  assert.deepEqual(
    issuesOf({
      ...valid,
      email: {
        default: "help@servicer.example",
        byCategory: { nope: "a@b.c" },
      },
    }),
    ["email.byCategory"],
  );
});
