import assert from "node:assert/strict";
import { crawlSitemap, decodeXml, parseSitemap, pathOf } from "../../../audit/crawl.ts";
import { MissingBuildError, serveBuild } from "../../../audit/serve.ts";

const index =
  `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://help.example.com/sitemap-0.xml</loc></sitemap></sitemapindex>`;
const urlset = `<?xml version="1.0"?><urlset xmlns:xhtml="http://www.w3.org/1999/xhtml">
<url><loc>https://help.example.com/</loc><xhtml:link rel="alternate" hreflang="es-US" href="https://help.example.com/es/"/></url>
<url><loc> https://help.example.com/search/?q=a&amp;b=c </loc></url>
<url><loc>https://help.example.com/es/</loc></url></urlset>`;

Deno.test("parseSitemap reads <loc> only, tells an index from a urlset", () => {
  assert.deepEqual(parseSitemap(index), {
    kind: "index",
    locs: ["https://help.example.com/sitemap-0.xml"],
  });
  assert.deepEqual(parseSitemap(urlset), {
    kind: "urlset",
    locs: [
      "https://help.example.com/",
      "https://help.example.com/search/?q=a&b=c",
      "https://help.example.com/es/",
    ],
  });
  assert.equal(decodeXml("&lt;&#65;&#x42;&amp;amp;"), "<AB&amp;");
  assert.equal(pathOf("https://help.example.com/es/faq/?x=1#top"), "/es/faq/?x=1");
});

Deno.test("crawlSitemap follows the index and puts paths on the audited base", async () => {
  const asked: string[] = [];
  const fake = (url: string) => {
    asked.push(url);
    const body = url.endsWith("/sitemap-index.xml")
      ? index
      : url.endsWith("/sitemap-0.xml")
      ? urlset
      : null;
    return Promise.resolve(new Response(body, { status: body ? 200 : 404 }));
  };
  const paths = await crawlSitemap("http://127.0.0.1:9999/", fake);
  assert.deepEqual(paths, ["/", "/es/", "/search/?q=a&b=c"]);
  assert.deepEqual(asked, [
    "http://127.0.0.1:9999/sitemap-index.xml",
    "http://127.0.0.1:9999/sitemap-0.xml",
  ]);
});

Deno.test("crawlSitemap falls back to /sitemap.xml and fails clearly without pages", async () => {
  const only = (path: string, body: string) => (url: string) =>
    Promise.resolve(
      new Response(url.endsWith(path) ? body : null, { status: url.endsWith(path) ? 200 : 404 }),
    );
  assert.deepEqual(await crawlSitemap("https://x.example/", only("/sitemap.xml", urlset)), [
    "/",
    "/es/",
    "/search/?q=a&b=c",
  ]);
  await assert.rejects(
    crawlSitemap("https://x.example/", only("/nothing", "")),
    /sitemap-index.xml answered 404/,
  );
  await assert.rejects(
    crawlSitemap("https://x.example/", only("/sitemap.xml", "<urlset></urlset>")),
    /lists no pages/,
  );
});

Deno.test("serveBuild refuses a folder without a build, saying how to make one", async () => {
  const empty = await Deno.makeTempDir({ prefix: "audit-no-dist-" });
  try {
    await assert.rejects(
      serveBuild(empty),
      (error: Error) =>
        error instanceof MissingBuildError && /run deno task build first/.test(error.message),
    );
  } finally {
    await Deno.remove(empty, { recursive: true });
  }
});
