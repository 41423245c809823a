import assert from "node:assert/strict";
import {
  loadDraft,
  loadLog,
  type LogEntry,
  saveDraft,
  saveLog,
} from "../../../src/widget/draft-storage.ts";

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
const local = new MemoryStorage();
Object.defineProperty(globalThis, "sessionStorage", { value: session, configurable: true });
Object.defineProperty(globalThis, "localStorage", { value: local, configurable: true });

const DRAFT = "bhc-contact-draft";
const LOG = "bhc-contact-log";
const entry: LogEntry = {
  date: "2026-11-27",
  reference: "BHC-20261127-0A1B2C",
  subject: "Loan 1234567 – Payment Clarification – Late fee",
  due: ["2026-12-02"],
};

function reset() {
  session.clear();
  local.clear();
}

Deno.test("a draft and a log survive a round trip", () => {
  reset();
  const draft = {
    values: { fullName: "Jane Q. Borrower", category: "escalation" },
    attachments: [{ name: "statement.pdf", type: "application/pdf" as const }],
  };
  saveDraft(draft);
  saveLog([entry]);
  assert.deepEqual(loadDraft(), draft);
  assert.deepEqual(loadLog(), [entry]);
  saveDraft(undefined);
  saveLog([]);
  assert.equal(session.length + local.length, 0);
});

Deno.test("a draft that is not JSON loads as an empty draft", () => {
  reset();
  for (const corrupt of ['{"values": {"fullName": "Ja', "undefined", "", "\u0000"]) {
    session.setItem(DRAFT, corrupt);
    assert.deepEqual(loadDraft(), { values: {}, attachments: [] }, corrupt);
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
  assert.deepEqual(loadDraft(), {
    values: { fullName: "Jane", topic: "" },
    attachments: [
      { name: "statement.pdf", type: "application/pdf" },
      { name: "receipt.png", type: "image/png" },
    ],
  });
});

Deno.test("a draft of the wrong shape gives no values made of its characters", () => {
  reset();
  for (const corrupt of ['"Jane"', "42", "null", "[1,2]", '{"values":"abc","attachments":"x"}']) {
    session.setItem(DRAFT, corrupt);
    assert.deepEqual(loadDraft(), { values: {}, attachments: [] }, corrupt);
  }
});

Deno.test("a log that is not JSON, or not a list, loads as empty", () => {
  reset();
  for (const corrupt of ["[{", '{"0": {}}', '"log"', "null"]) {
    local.setItem(LOG, corrupt);
    assert.deepEqual(loadLog(), [], corrupt);
  }
});

Deno.test("a corrupt log entry is ignored and the valid entries are kept in order", () => {
  reset();
  const later = { ...entry, reference: "BHC-20261201-FFFFFF", due: ["2026-12-04", "2027-01-12"] };
  local.setItem(
    LOG,
    JSON.stringify([
      later,
      null,
      42,
      { ...entry, due: "2026-12-02" },
      { ...entry, due: [20261202] },
      { date: "2026-11-27", subject: "no reference", due: [] },
      entry,
    ]),
  );
  assert.deepEqual(loadLog(), [later, entry]);
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
  Object.defineProperty(globalThis, "localStorage", { value: blocked, configurable: true });
  try {
    saveDraft({ values: { fullName: "Jane" }, attachments: [] });
    saveLog([entry]);
    assert.deepEqual(loadDraft(), { values: {}, attachments: [] });
    assert.deepEqual(loadLog(), []);
  } finally {
    Object.defineProperty(globalThis, "sessionStorage", { value: session, configurable: true });
    Object.defineProperty(globalThis, "localStorage", { value: local, configurable: true });
  }
});
