// @ts-check
import { defineConfig } from "astro/config";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { pagefindIndex } from "./src/search/pagefind-integration.ts";
import { headersFileIntegration } from "./src/integrations/headers-file.ts";
import { precompress } from "./src/integrations/precompress.ts";
import { serviceWorker } from "./src/integrations/service-worker.ts";
import { servicerProfile } from "./src/integrations/profile.ts";
import { notFoundListing } from "./src/integrations/not-found.ts";
import { defaultLang, langs, languages } from "./src/i18n/languages.ts";

export default defineConfig({
  site: process.env.SITE_URL ?? "https://help.example.com",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  i18n: {
    locales: [...langs],
    defaultLocale: defaultLang,
    routing: { prefixDefaultLocale: false },
  },
  // Shiki writes inline styles, which the CSP forbids; code blocks are styled by our CSS instead.
  markdown: { syntaxHighlight: false },
  // No module preload: each dynamic import no longer carries the list of chunks it depends on
  // (about 0.6 KB gzip on the contact page). A part's own imports are then fetched one step later;
  // the contact form's parts load on first focus, long before they are needed.
  vite: {
    plugins: [{
      name: "help-center:no-module-preload",
      configEnvironment(name, config) {
        if (name === "client") config.build = { ...config.build, modulePreload: false };
      },
    }],
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the page.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [
    // First: a bad profile stops the build before anything else runs.
    servicerProfile(),
    preact(),
    sitemap({
      i18n: {
        defaultLocale: defaultLang,
        locales: Object.fromEntries(languages.map((l) => [l.code, l.tag])),
      },
      // Not-found and offline pages are answers, not pages to list.
      filter: (page) => !page.includes("/404") && !page.includes("/offline/"),
    }),
    // Build-done hooks run in this order: index, then the worker that precaches the index, then
    // precompression of everything including sw.js, then the header policy of every file.
    pagefindIndex(),
    notFoundListing(),
    serviceWorker(),
    precompress(),
    headersFileIntegration(),
  ],
});
