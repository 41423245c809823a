/** Reads a site's sitemap index and the sitemaps it lists, and returns every page as a path. */

/** The `<loc>` values of a sitemap or sitemap index, and which of the two it is. */
export function parseSitemap(xml: string): { kind: "index" | "urlset"; locs: string[] } {
  const kind = /<sitemapindex[\s>]/.test(xml) ? "index" : "urlset";
  // Only <loc> elements: alternate-language <xhtml:link href> entries repeat the same pages.
  const locs = [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map(([, loc]) => decodeXml(loc));
  return { kind, locs };
}

/** Resolves the XML character references a sitemap may use in a URL. */
export function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * The path (with query) of a sitemap URL. Sitemaps name the public address (SITE_URL), which
 * is not where a local build is served, so the audit keeps only the path and puts it on its base.
 */
export function pathOf(loc: string): string {
  const url = new URL(loc);
  return url.pathname + url.search;
}

type Fetch = (url: string) => Promise<Response>;

async function fetchText(url: string, fetchFn: Fetch): Promise<string> {
  const response = await fetchFn(url);
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`GET ${url} answered ${response.status}`);
  }
  return await response.text();
}

/** Every page path in the site at `base`, from /sitemap-index.xml (or /sitemap.xml), sorted. */
export async function crawlSitemap(base: string, fetchFn: Fetch = fetch): Promise<string[]> {
  let rootPath = "/sitemap-index.xml";
  let root: string;
  try {
    root = await fetchText(new URL(rootPath, base).href, fetchFn);
  } catch (first) {
    rootPath = "/sitemap.xml";
    try {
      root = await fetchText(new URL(rootPath, base).href, fetchFn);
    } catch {
      throw first;
    }
  }
  const paths = new Set<string>();
  const visit = async (xml: string, depth: number) => {
    const sitemap = parseSitemap(xml);
    if (sitemap.kind === "urlset") {
      sitemap.locs.forEach((loc) => paths.add(pathOf(loc)));
      return;
    }
    if (depth > 3) throw new Error("Sitemap indexes are nested too deeply");
    for (const loc of sitemap.locs) {
      await visit(await fetchText(new URL(pathOf(loc), base).href, fetchFn), depth + 1);
    }
  };
  await visit(root, 0);
  if (paths.size === 0) throw new Error(`${rootPath} of ${base} lists no pages`);
  return [...paths].sort();
}
