import assert from "node:assert/strict";
import { multiLine, singleLine, wellFormed } from "../../../src/inquiry/text.ts";

Deno.test("singleLine and multiLine remove control characters", () => {
  assert.equal(singleLine(" a\r\nb\u0000c\u0085d\u2028e\u202ef\t g "), "a b c d e f g");
  assert.equal(multiLine("a\r\nb\rc\u0007\n\td  \n"), "a\nb\nc\n  d");
  assert.equal(wellFormed("a\ud800b\udc00c\ud83d\ude00"), "a\ufffdb\ufffdc\ud83d\ude00");
});
