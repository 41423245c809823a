// A small build with every kind of file the offline build must take or leave: the shell pages of
// both languages, guides, an FAQ, CSS and JS reached through imports and Vite's preload list, the
// icons, Pagefind's runtime, each language's index chunks and search vocabulary, and files that
// stay out.

const page = (title: string, extra = "") =>
  `<!doctype html><html><head><title>${title}</title>` +
  `<link rel="stylesheet" href="/_astro/Base.Ab12Cd34.css">` +
  `<link rel="icon" href="/favicon.svg" type="image/svg+xml">${extra}</head>` +
  `<body><main><h1>${title}</h1></main></body></html>`;

const contact = `<astro-island component-url="/_astro/Widget.Aa11Bb22.js"></astro-island>`;
const saveButton = `<section id="offline-save"><button>Save (<span data-offline-size></span>)` +
  `</button></section>`;

export function guideFile(n: number): [string, string] {
  return [`guides/guide-${n}/index.html`, page(`Guide ${n}`)];
}

export const files: Record<string, string> = {
  "index.html": page("Home"),
  "search/index.html": page("Search", `<script type="module" src="/_astro/search.Cc33Dd44.js">`),
  "contact/index.html": page("Contact", contact),
  "messages/index.html": page("My messages"),
  "404.html": page("Not found"),
  "offline/index.html": page("Not saved"),
  "guides/index.html": page("Guides", saveButton),
  "faq/index.html": page("FAQ"),
  "es/index.html": page("Inicio"),
  "es/search/index.html": page("Buscar", `<script type="module" src="/_astro/search.Cc33Dd44.js">`),
  "es/contact/index.html": page("Contacto", contact),
  "es/messages/index.html": page("Mis mensajes"),
  "es/404/index.html": page("No encontrada"),
  "es/offline/index.html": page("No guardada"),
  "es/guides/index.html": page("Guías", saveButton),
  "es/guides/guide-1/index.html": page("Guía 1"),
  "es/guides/guide-2/index.html": page(
    "Guía 2",
    `<link rel="stylesheet" href="/_astro/Rare.Ee55Ff66.css">`,
  ),
  ...Object.fromEntries([1, 2].map(guideFile)),
  "_astro/Base.Ab12Cd34.css": "body{margin:0}",
  "_astro/Base.Ab12Cd34.css.br": "compressed",
  "_astro/Rare.Ee55Ff66.css": "table{border:0}",
  "_astro/Widget.Aa11Bb22.js":
    `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/builder.Gg77Hh88.js","_astro/widget.Ii99Jj00.css"])))=>i.map(i=>d[i]);` +
    `import{h}from"./preact.Kk11Ll22.js";const b=()=>import(\`./builder.Gg77Hh88.js\`);`,
  "_astro/builder.Gg77Hh88.js": `import{h}from"./preact.Kk11Ll22.js";export const build=1;`,
  "_astro/preact.Kk11Ll22.js": "export const h=1;",
  "_astro/widget.Ii99Jj00.css": ".widget{}",
  "_astro/search.Cc33Dd44.js": 'const p="/pagefind/pagefind.js";import(p);',
  "_astro/unused.Mm33Nn44.js": "export const never=1;",
  "favicon.svg": "<svg/>",
  "sw.js": "// the previous worker",
  "robots.txt": "User-agent: *",
  "sitemap-0.xml": "<urlset/>",
  "offline/save.js": "export function start(){}",
  "pagefind/pagefind.js": "// search",
  "pagefind/pagefind-worker.js": "// worker",
  "pagefind/pagefind-ui.js": "// unused UI",
  "pagefind/pagefind-highlight.js": "// unused highlighter",
  "pagefind/pagefind-entry.json": JSON.stringify({
    version: "1.6.0",
    languages: {
      en: { hash: "en_0123456789", wasm: "en", page_count: 2 },
      es: { hash: "es_9876543210", wasm: "es", page_count: 2 },
    },
  }),
  "pagefind/wasm.en.pagefind": "wasm en",
  "pagefind/wasm.es.pagefind": "wasm es",
  "pagefind/wasm.unknown.pagefind": "wasm of no indexed language",
  "pagefind/pagefind.en_0123456789.pf_meta": "meta en",
  "pagefind/pagefind.es_9876543210.pf_meta": "meta es",
  "pagefind/index/en_abcdef0.pf_index": "index en",
  "pagefind/index/es_abcdef1.pf_index": "index es",
  "pagefind/fragment/en_1234567.pf_fragment": "fragment en",
  "pagefind/fragment/en_1234567.pf_fragment.gz": "compressed",
  "pagefind/fragment/es_7654321.pf_fragment": "fragment es",
  "pagefind/filter/en_7654321.pf_filter": "filter en",
  "pagefind/vocabulary.en.json": '["escrow"]',
  "pagefind/vocabulary.es.json": '["plica"]',
  "pagefind/vocabulary.en.json.gz": "compressed",
};

/** Writes the files (and any extra) into a new temporary folder. */
export async function fixture(extra: Record<string, string> = {}): Promise<string> {
  const dist = await Deno.makeTempDir({ prefix: "help-offline-" });
  for (const [path, text] of Object.entries({ ...files, ...extra })) {
    await Deno.mkdir(`${dist}/${path.slice(0, path.lastIndexOf("/") + 1)}`, { recursive: true });
    await Deno.writeTextFile(`${dist}/${path}`, text);
  }
  return dist;
}
