import assert from "node:assert/strict";
import { EmailNotAccepted } from "../../../src/ui/EmailNotAccepted.tsx";
import { LoadError, onUse } from "../../../src/ui/load-on-use.ts";
import { download } from "../../../src/ui/download.ts";
import { loadTrackerWords } from "../../../src/inquiry/i18n/tracker/index.ts";
import { emailNotAccepted } from "../../../src/inquiry/tracker/designated.ts";
import { html } from "./render.ts";

const address = {
  acceptsEmail: false,
  attention: "Attn: Notices of Error",
  lines: ["PO Box 0100", "Springfield, ST 00000"],
};

Deno.test("email not accepted: the rule, the address line by line, and the fix", async () => {
  await loadTrackerWords("en");
  const refusal = emailNotAccepted("notice-of-error", "email", address)!;
  const out = html(
    <EmailNotAccepted lang="en" refusal={refusal} address={address} onMail={() => {}} />,
  );
  assert.match(out, /^<div class="notice email-not-accepted">/);
  assert.match(out, /12 CFR 1024\.35\(c\)/);
  assert.match(
    out,
    /<span>Attn: Notices of Error<\/span><span><br\/>PO Box 0100<\/span><span><br\/>Springfield, ST 00000<\/span>/,
  );
  assert.match(out, /<button type="button" class="secondary">Record a mailing instead<\/button>/);
  const onCard = html(
    <EmailNotAccepted lang="en" refusal={refusal} address={address} noClocks onMail={() => {}} />,
  );
  assert.ok(onCard.length > out.length, "the card adds why no clock is shown");
});

Deno.test("load on use: a failed import becomes a LoadError that keeps its cause", async () => {
  assert.equal(await onUse(Promise.resolve(7)), 7);
  const failed = await onUse(Promise.reject(new TypeError("Failed to fetch"))).catch((e) => e);
  assert.ok(failed instanceof LoadError);
  assert.ok((failed as LoadError).cause instanceof TypeError);
});

Deno.test("download: an object URL clicked from a link named for the file, then let go", async () => {
  const clicked: { href: string; download: string; attached: boolean }[] = [];
  const body = { append: (a: { attached: boolean }) => a.attached = true };
  const fakeDocument = {
    body,
    createElement: () => {
      const a = {
        href: "",
        download: "",
        attached: false,
        click: () => clicked.push({ href: a.href, download: a.download, attached: a.attached }),
        remove: () => a.attached = false,
      };
      return a;
    },
  };
  const revoked: string[] = [];
  const realCreate = URL.createObjectURL;
  const realRevoke = URL.revokeObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob) => {
    blob = b;
    return "blob:test/1";
  };
  URL.revokeObjectURL = (url: string) => revoked.push(url);
  Object.defineProperty(globalThis, "document", { value: fakeDocument, configurable: true });
  try {
    download("notes.csv", "text/csv", "a,b\n");
    assert.deepEqual(clicked, [{ href: "blob:test/1", download: "notes.csv", attached: true }]);
    assert.equal(blob?.type, "text/csv");
    assert.equal(await blob?.text(), "a,b\n");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    assert.deepEqual(revoked, ["blob:test/1"]);
  } finally {
    URL.createObjectURL = realCreate;
    URL.revokeObjectURL = realRevoke;
    delete (globalThis as { document?: unknown }).document;
  }
});
