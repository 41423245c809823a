import assert from "node:assert/strict";
import { indexedText, vocabulary } from "../../../src/search/vocabulary.ts";
import { keywordsMeta } from "../../../src/search/keywords.ts";

const page = `<!doctype html><html lang="es"><head><title>No indexada</title></head><body>
<header>Menú del sitio</header>
<main><article data-pagefind-body data-pagefind-meta="keywords:plica, depósito en garantía">
<p class="meta" data-pagefind-ignore>Tema <span>ignorado</span></p>
<h1>Cómo funciona su cuenta de escrow</h1>
<nav data-pagefind-ignore><ol><li><nav>Índice anidado</nav></li></ol></nav>
<p>Su administrador paga los impuestos &amp; el seguro&nbsp;a tiempo.</p>
<script>const codigo = "nada";</script>
</article><aside>Relacionadas fuera</aside></main></body></html>`;

Deno.test("indexedText: the text Pagefind indexes, with its keywords, in the page's language", () => {
  const indexed = indexedText(page)!;
  assert.equal(indexed.lang, "es");
  const words: string[] = indexed.text.match(/[\p{L}&]+/gu) ?? [];
  for (
    const word of ["Cómo", "funciona", "escrow", "impuestos", "&", "seguro", "plica", "garantía"]
  ) {
    assert.ok(words.includes(word), word);
  }
  for (const word of ["Menú", "Tema", "ignorado", "Índice", "anidado", "codigo", "Relacionadas"]) {
    assert.ok(!indexed.text.includes(word), word);
  }
});

Deno.test("indexedText: a page without data-pagefind-body is not indexed", () => {
  assert.equal(indexedText("<html lang=en><main><p>Search</p></main></html>"), undefined);
});

Deno.test("vocabulary: distinct words of three letters or more, most frequent first", () => {
  assert.deepEqual(vocabulary(["Escrow pays tax. escrow ESCROW a 1098 tax", "pagó el préstamo"]), [
    "escrow",
    "tax",
    "pagó",
    "pays",
    "préstamo",
  ]);
});

Deno.test("keywordsMeta: a guide's and its FAQs' borrower words as one keywords field", () => {
  assert.equal(
    keywordsMeta([["house payment", "PMI"], ["PMI", " mortgage insurance "], []]),
    "keywords:house payment, PMI, mortgage insurance",
  );
  assert.equal(keywordsMeta([[], []]), undefined);
});
