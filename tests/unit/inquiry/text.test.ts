import assert from "node:assert/strict";
import { multiLine, singleLine, wellFormed, wrap } from "../../../src/inquiry/text.ts";

Deno.test("singleLine and multiLine remove control characters", () => {
  assert.equal(singleLine(" a\r\nb\u0000c\u0085d\u2028e\u202ef\t g "), "a b c d e f g");
  assert.equal(multiLine("a\r\nb\rc\u0007\n\td  \n"), "a\nb\nc\n  d");
  assert.equal(wellFormed("a\ud800b\udc00c\ud83d\ude00"), "a\ufffdb\ufffdc\ud83d\ude00");
});

Deno.test("wrap: at most 78 columns, words intact, bullets hang", () => {
  const text = "word ".repeat(40).trim() + "\n- " + "bullet ".repeat(20).trim() + "\n" +
    "x".repeat(100);
  const lines = wrap(text).split("\n");
  for (const line of lines) assert.ok(line.length <= 78, line);
  assert.ok(lines.every((l) => !/\bwor$|^d\b/.test(l)));
  assert.ok(lines.some((l) => l.startsWith("  bullet")));
  assert.equal(wrap("x".repeat(100)), "x".repeat(78) + "\n" + "x".repeat(22));
});
