import assert from "node:assert/strict";
import fc from "fast-check";
import { simpleParser } from "mailparser";
import {
  buildEml,
  encodeWords,
  formatEmailDate,
  quotedPrintable,
} from "../../../src/inquiry/eml.ts";
import { singleLine, wellFormed } from "../../../src/inquiry/text.ts";

const date = new Date(Date.UTC(2026, 10, 27, 14, 3, 0));
const HEADERS = [
  "from",
  "to",
  "subject",
  "date",
  "message-id",
  "mime-version",
  "content-type",
  "content-transfer-encoding",
];

Deno.test("formatEmailDate: RFC 5322 in UTC", () => {
  assert.equal(formatEmailDate(date), "Fri, 27 Nov 2026 14:03:00 +0000");
});

Deno.test("buildEml: headers, CRLF everywhere, quoted-printable body", () => {
  const eml = buildEml({
    from: { name: "Jane Q. Borrower", address: "jane@example.com" },
    to: { name: "Example Mortgage Servicing", address: "help@servicer.example" },
    subject: "Loan 1234567 – Payment Clarification – Late fee",
    body: "Línea uno = 1\nFrom here\n",
    date,
    reference: "BHC-20261127-7F3A2C",
  });
  const split = eml.indexOf("\r\n\r\n");
  const [head, body] = [eml.slice(0, split), eml.slice(split + 4)];
  assert.deepEqual(head.split("\r\n"), [
    'From: "Jane Q. Borrower" <jane@example.com>',
    "To: Example Mortgage Servicing <help@servicer.example>",
    "Subject: =?UTF-8?B?TG9hbiAxMjM0NTY3IOKAkyBQYXltZW50IENsYXJpZmljYXRpb24g?=",
    " =?UTF-8?B?4oCTIExhdGUgZmVl?=",
    "Date: Fri, 27 Nov 2026 14:03:00 +0000",
    "Message-ID: <BHC-20261127-7F3A2C@example.com>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: quoted-printable",
  ]);
  assert.equal(body, "L=C3=ADnea uno =3D 1\r\n=46rom here\r\n\r\n");
  assert.doesNotMatch(eml.replace(/\r\n/g, ""), /[\r\n]/);
});

Deno.test("quotedPrintable: soft breaks keep lines within 76 and trailing spaces are encoded", () => {
  const qp = quotedPrintable("ñ".repeat(60) + " \nend ");
  for (const line of qp.split("\r\n")) assert.ok(line.length <= 76, line);
  assert.ok(qp.endsWith("end=20"));
});

Deno.test("encodeWords: each word at most 75 characters and whole characters only", () => {
  for (const word of encodeWords("😀".repeat(40) + "ü".repeat(40))) {
    assert.ok(word.length <= 75);
    const bytes = Uint8Array.from(atob(word.slice(10, -2)), (c) => c.charCodeAt(0));
    assert.doesNotThrow(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  }
});

const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom(
    "x\r\nBcc: evil@x",
    "x\nBcc: evil@x",
    '"quoted" \\ name',
    "=?UTF-8?B?ZXZpbA==?=",
    "שלום עולם",
    "مرحبا بالعالم",
    "😀👍🏽👨‍👩‍👧",
    "a\u0000b\u0085c\u2028d",
    "Name, With; Specials: <x@y>",
  ),
);
const address = fc.constantFrom(
  "jane@example.com",
  "o'brien+loan@mail.example.org",
  "a.b-c@sub.domain.example",
);

Deno.test("buildEml: any input parses back to exactly the intended headers and body", async () => {
  await fc.assert(
    fc.asyncProperty(
      nasty,
      address,
      nasty,
      fc.oneof(nasty, fc.string({ unit: "grapheme", minLength: 4000, maxLength: 5000 })),
      fc.date({
        min: new Date("2000-01-01T00:00:00Z"),
        max: new Date("2099-12-31T23:59:59Z"),
        noInvalidDate: true,
      }),
      async (name, from, subject, body, when) => {
        const when1 = new Date(Math.floor(when.getTime() / 1000) * 1000);
        const eml = buildEml({
          from: { name, address: from },
          to: { name: "Example Mortgage Servicing", address: "help@servicer.example" },
          subject,
          body,
          date: when1,
          reference: "BHC-20261127-7F3A2C",
        });
        for (const line of eml.split("\r\n")) assert.ok(line.length <= 998);
        // RFC 2047 section 2: a header line holding an encoded-word is at most 76 characters.
        const head = eml.slice(0, eml.indexOf("\r\n\r\n")).split("\r\n");
        for (const line of head) assert.ok(!line.includes("=?UTF-8?") || line.length <= 76, line);
        assert.doesNotMatch(eml.replace(/\r\n/g, ""), /[\r\n]/);
        const mail = await simpleParser(eml);
        assert.deepEqual(mail.headerLines.map((h) => h.key), HEADERS);
        const fromValue = mail.from!.value;
        assert.equal(fromValue.length, 1);
        assert.equal(fromValue[0].address, from);
        assert.equal(fromValue[0].name, singleLine(name));
        const to = Array.isArray(mail.to) ? mail.to : [mail.to!];
        assert.deepEqual(to[0].value, [{
          address: "help@servicer.example",
          name: "Example Mortgage Servicing",
        }]);
        assert.equal(mail.subject ?? "", singleLine(subject));
        assert.equal(mail.date?.getTime(), when1.getTime());
        assert.equal(mail.messageId, "<BHC-20261127-7F3A2C@" + from.split("@")[1] + ">");
        assert.equal(mail.text ?? "", wellFormed(body).replace(/\r\n?/g, "\n") + "\n");
      },
    ),
    { numRuns: 300 },
  );
});
