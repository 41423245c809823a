import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";

/** A logo or favicon as the site serves it: under /_astro/ with a content hash, so cached for good. */
export interface BrandFile {
  /** The site path, e.g. `/_astro/logo.Ab12Cd34.svg`. */
  href: string;
  type: string;
  /** Intrinsic size in CSS pixels, for the <img> width and height (0 when unknown, as for .ico). */
  width: number;
  height: number;
}

const types: Record<string, string> = {
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** Width and height of an SVG (its attributes, else its viewBox) or a PNG (its header). */
function sizeOf(bytes: Uint8Array, ext: string): { width: number; height: number } {
  if (ext === ".png") {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return bytes.byteLength > 24
      ? { width: view.getUint32(16), height: view.getUint32(20) }
      : { width: 0, height: 0 };
  }
  if (ext !== ".svg") return { width: 0, height: 0 };
  const root = /<svg\b[^>]*>/i.exec(new TextDecoder().decode(bytes))?.[0] ?? "";
  const attr = (name: string) => new RegExp(`\\s${name}="([\\d.]+)(?:px)?"`).exec(root)?.[1];
  const box = /\sviewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(root);
  const width = Number(attr("width") ?? box?.[1] ?? 0);
  const height = Number(attr("height") ?? box?.[2] ?? 0);
  return { width: Math.round(width), height: Math.round(height) };
}

/** Reads a brand file: its served path, type and size, and its bytes to write into the build. */
export function brandFile(path: string): { file: BrandFile; bytes: Uint8Array } {
  const bytes = readFileSync(path);
  const ext = extname(path).toLowerCase();
  const hash = createHash("sha256").update(bytes).digest("base64url").slice(0, 8);
  const name = basename(path, extname(path)).replace(/[^\w-]/g, "-");
  return {
    file: { href: `/_astro/${name}.${hash}${ext}`, type: types[ext], ...sizeOf(bytes, ext) },
    bytes,
  };
}

/**
 * What in an SVG shown as an image cannot work: browsers never run its script or event
 * handlers and never load what it links to. Style attributes and <style> do work (an image is
 * its own document, outside the page's CSP), so they are not reported.
 */
export function svgProblems(text: string): string[] {
  const problems: string[] = [];
  if (/<script\b/i.test(text)) {
    problems.push("it contains a <script>, which never runs in an image");
  }
  if (/\son[a-z]+\s*=/i.test(text)) {
    problems.push("it has event-handler attributes (on...=), which never run in an image");
  }
  if (/<foreignObject\b/i.test(text)) {
    problems.push("it contains <foreignObject> (HTML inside SVG), which images do not render");
  }
  if (/\s(?:xlink:)?href\s*=\s*["'](?:https?:)?\/\//i.test(text)) {
    problems.push("it links to another site, which an image never loads");
  }
  return problems;
}
