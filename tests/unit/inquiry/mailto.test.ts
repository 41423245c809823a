import assert from "node:assert/strict";
import { MAILTO_MAX_LENGTH, mailtoUrl } from "../../../src/inquiry/mailto.ts";

Deno.test("mailtoUrl: RFC 6068 encoding with CRLF line breaks", () => {
  const { url, tooLong } = mailtoUrl({
    to: "help@servicer.example",
    subject: "Loan 1234567 – Late fee & more",
    body: "Line one\nLínea dos\r\n100% = ok?",
  });
  assert.equal(
    url,
    "mailto:help@servicer.example?subject=Loan%201234567%20%E2%80%93%20Late%20fee%20%26%20more" +
      "&body=Line%20one%0D%0AL%C3%ADnea%20dos%0D%0A100%25%20%3D%20ok%3F",
  );
  assert.equal(tooLong, false);
  assert.equal(decodeURIComponent(url.split("&body=")[1]), "Line one\r\nLínea dos\r\n100% = ok?");
});

Deno.test("mailtoUrl: flags URLs over the limit", () => {
  assert.equal(MAILTO_MAX_LENGTH, 2000);
  const long = mailtoUrl({ to: "a@b.example", subject: "s", body: "x".repeat(2000) });
  assert.equal(long.tooLong, true);
  const lone = mailtoUrl({ to: "a@b.example", subject: "\ud800", body: "" });
  assert.match(lone.url, /subject=%EF%BF%BD/);
});
