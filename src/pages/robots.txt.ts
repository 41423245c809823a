import type { APIRoute } from "astro";

/** Points crawlers at the sitemap of whatever site the build is configured for. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\nSitemap: ${new URL("sitemap-index.xml", site)}\n`,
  );
