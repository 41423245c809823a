// A site with many guides: 600 a language (bench/generate-corpus.ts), built once. No list page may
// outgrow its budget: the guides index lists a topic's first guides and links the topic's own
// pages, which hold every guide of the topic, a page at a time (src/kb/topic-pages.ts).
import assert from "node:assert/strict";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { langs, localizePath } from "../../src/i18n/languages.ts";
import { indexPerTopic, topicPageSize } from "../../src/kb/topic-pages.ts";
import { topicIds } from "../../src/kb/topics.ts";
import { buildSite, textFiles } from "./build.ts";
import { axeFindings, withBrowser } from "./serve.ts";

const corpus = await Deno.makeTempDir({ prefix: "scale-corpus-" });
const dist = await Deno.makeTempDir({ prefix: "scale-dist-" });
await generateCorpus(corpus, 1200);
await buildSite({ env: { HELP_CONTENT_DIR: corpus }, outDir: dist });
const files = textFiles(dist);
globalThis.addEventListener("unload", () => {
  for (const dir of [corpus, dist]) Deno.removeSync(dir, { recursive: true });
});

/** The guide links of a page's main part, in order. */
const guideLinks = (html: string) =>
  [...html.slice(html.indexOf("<main")).matchAll(/<a href="([^"]*\/guides\/[^"#]+\/)"/g)].map((
    m,
  ) => m[1]);

Deno.test("at 600 guides a language, `deno task budget` finds every page within budget", async () => {
  const { code, stdout } = await new Deno.Command(Deno.execPath(), {
    args: ["run", `--allow-read=${dist}`, "budget/main.ts", dist],
    stdout: "piped",
  }).output();
  const report = new TextDecoder().decode(stdout);
  assert.equal(code, 0, report);
  assert.match(report, /^topic {2,}HTML .* ok /m, "topic pages were measured");
});

Deno.test("the guides index lists a long topic's first guides, then links its pages; they hold each of its guides once, in order", () => {
  let paged = 0;
  for (const lang of langs) {
    const index = files.get(`${localizePath("/guides/", lang)}index.html`)!;
    for (const topic of topicIds) {
      const section = index.match(
        new RegExp(`<section aria-labelledby="topic-${topic}">(.*?)</section>`, "s"),
      )?.[1];
      if (!section) continue;
      const topicPath = localizePath(`/topics/${topic}/`, lang);
      const listed = guideLinks(`<main>${section}`);
      const all = section.match(new RegExp(`<a href="${topicPath}">[^<]*?(\\d+)`))?.[1];
      if (!all) {
        assert.ok(listed.length <= indexPerTopic, `${lang} ${topic}`);
        assert.equal(
          files.has(`${topicPath}index.html`),
          false,
          `${lang} ${topic}: needs no pages`,
        );
        continue;
      }
      assert.equal(listed.length, indexPerTopic, `${lang} ${topic}`);
      const pages = Math.ceil(Number(all) / topicPageSize);
      const onPages = Array.from({ length: pages }, (_, i) => {
        const path = `${topicPath}${i ? `${i + 1}/` : ""}index.html`;
        const page = files.get(path);
        assert.ok(page, `${path} is missing`);
        if (pages > 1) assert.match(page, /<nav aria-label="[^"]+" class="topic-pages">/, path);
        return guideLinks(page.split('class="topic-pages"')[0]);
      });
      assert.equal(files.has(`${topicPath}${pages + 1}/index.html`), false);
      const guides = onPages.flat();
      assert.equal(guides.length, Number(all), `${lang} ${topic}: every guide on its pages`);
      assert.equal(new Set(guides).size, guides.length, `${lang} ${topic}: each guide once`);
      assert.deepEqual(guides.slice(0, indexPerTopic), listed, `${lang} ${topic}: same order`);
      if (pages > 1) paged++;
    }
  }
  assert.ok(paged > 0, "some topic runs over one page, so paging is exercised");
});

Deno.test("topic pages: axe finds nothing, light and dark, narrow and wide", async () => {
  const paths = [...files.keys()]
    .filter((path) => /\/topics\/[^/]+\/2\/index\.html$/.test(path))
    .flatMap((path) => [path.replace(/2\/index\.html$/, ""), path.replace(/index\.html$/, "")])
    .slice(0, 4);
  assert.ok(paths.length >= 2, "a topic with two pages");
  await withBrowser(dist, async (browser, { base }) => {
    assert.deepEqual(await axeFindings(browser, base, paths), []);
  });
});
