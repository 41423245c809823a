import assert from "node:assert/strict";
import { langs } from "../../../src/i18n/languages.ts";
import { loadDraft, saveDraft } from "../../../src/widget/draft-storage.ts";

/** An in-memory Web Storage, so the tests neither share Deno's storage nor leave files behind. */
class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    this.#items.set(key, String(value));
  }
}

const session = new MemoryStorage();
Object.defineProperty(globalThis, "sessionStorage", { value: session, configurable: true });

const [first, other] = [langs[0], langs[langs.length - 1]];
const DRAFT = `bhc-contact-draft-${first}`;

function reset() {
  session.clear();
}

Deno.test("a draft survives a round trip, and an empty one is removed", () => {
  reset();
  const draft = {
    values: { fullName: "Jane Q. Borrower", category: "escalation" },
    attachments: [{ name: "statement.pdf", type: "application/pdf" as const }],
  };
  saveDraft(first, draft);
  assert.deepEqual(loadDraft(first), draft);
  saveDraft(first, undefined);
  assert.equal(session.length, 0);
});

Deno.test("a draft is restored only on its own language's page, and kept for it", () => {
  reset();
  assert.notEqual(first, other, "the registry has two languages");
  const draft = { values: { fullName: "Juana" }, attachments: [] };
  saveDraft(other, draft);
  assert.deepEqual(loadDraft(first), { values: {}, attachments: [] });
  assert.deepEqual(loadDraft(other), draft);
  saveDraft(first, undefined);
  assert.deepEqual(loadDraft(other), draft, "clearing one page's draft keeps the other's");
});

Deno.test("a draft that is not JSON loads as an empty draft", () => {
  reset();
  for (const corrupt of ['{"values": {"fullName": "Ja', "undefined", "", "\u0000"]) {
    session.setItem(DRAFT, corrupt);
    assert.deepEqual(loadDraft(first), { values: {}, attachments: [] }, corrupt);
  }
});

Deno.test("a corrupt part of a draft is ignored and the valid parts are kept", () => {
  reset();
  session.setItem(
    DRAFT,
    JSON.stringify({
      values: {
        fullName: "Jane",
        loanNumber: 1234567,
        summary: null,
        details: { a: 1 },
        topic: "",
      },
      attachments: [
        { name: "statement.pdf", type: "application/pdf" },
        null,
        "photo.png",
        { name: 7, type: "image/png" },
        { name: "receipt.png" },
        { name: "page.html", type: "text/html" },
        { name: "receipt.png", type: "image/png" },
      ],
    }),
  );
  assert.deepEqual(loadDraft(first), {
    values: { fullName: "Jane", topic: "" },
    // The core checks each file's type when the form is submitted; the draft keeps what was picked.
    attachments: [
      { name: "statement.pdf", type: "application/pdf" },
      { name: "page.html", type: "text/html" },
      { name: "receipt.png", type: "image/png" },
    ],
  });
});

Deno.test("a draft of the wrong shape gives no values made of its characters", () => {
  reset();
  for (const corrupt of ['"Jane"', "42", "null", "[1,2]", '{"values":"abc","attachments":"x"}']) {
    session.setItem(DRAFT, corrupt);
    assert.deepEqual(loadDraft(first), { values: {}, attachments: [] }, corrupt);
  }
});

Deno.test("storage that throws loses nothing on the page and throws nothing", () => {
  const blocked = new MemoryStorage();
  const fail = () => {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  };
  blocked.getItem = fail;
  blocked.setItem = fail;
  blocked.removeItem = fail;
  Object.defineProperty(globalThis, "sessionStorage", { value: blocked, configurable: true });
  try {
    saveDraft(first, { values: { fullName: "Jane" }, attachments: [] });
    assert.deepEqual(loadDraft(first), { values: {}, attachments: [] });
  } finally {
    Object.defineProperty(globalThis, "sessionStorage", { value: session, configurable: true });
  }
});
