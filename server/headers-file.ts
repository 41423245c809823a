import { cacheControl } from "./caching.ts";
import { kindOf, securityHeaders } from "./headers.ts";
import { contentType } from "./mime.ts";
import { servedPaths } from "./served.ts";

/**
 * The header and caching policy of this server as a `_headers` file (the format Netlify and
 * Cloudflare Pages read; README, Deploy, says how to give it to nginx): a URL pattern on a line,
 * then the headers for it, indented. It is written from the same functions the server uses
 * (server/headers.ts, server/caching.ts) for the files of one build.
 *
 * Those hosts send every rule that matches a URL and join repeated headers with commas, so the
 * patterns never overlap: a folder whose files all get the same headers is one `/folder/*` rule,
 * any other folder lists its own files and looks at its subfolders the same way. Content-Type,
 * Content-Encoding, Vary and ETag are the host's own business and are not listed.
 */

type Rule = { pattern: string; headers: [string, string][] };

/** The headers a file gets, besides those of its encoding. */
export function policyFor(path: string): [string, string][] {
  return [
    ...securityHeaders(kindOf(path, contentType(path))),
    ["cache-control", cacheControl(path)],
  ];
}

/** The URLs a file answers at: a folder's index.html also at the folder. */
function urlsOf(path: string): string[] {
  return path.endsWith("/index.html") ? [path.slice(0, -"index.html".length), path] : [path];
}

interface Folder {
  files: string[];
  folders: Map<string, Folder>;
}

function tree(paths: string[]): Folder {
  const root: Folder = { files: [], folders: new Map() };
  for (const path of paths) {
    const parts = path.split("/").slice(1, -1);
    let folder = root;
    for (const part of parts) {
      if (!folder.folders.has(part)) folder.folders.set(part, { files: [], folders: new Map() });
      folder = folder.folders.get(part)!;
    }
    folder.files.push(path);
  }
  return root;
}

const keyOf = (headers: [string, string][]) => JSON.stringify(headers);

function allFiles(folder: Folder): string[] {
  return [...folder.files, ...[...folder.folders.values()].flatMap(allFiles)];
}

function rules(folder: Folder, prefix: string): Rule[] {
  const files = allFiles(folder);
  const kinds = new Set(files.map((path) => keyOf(policyFor(path))));
  if (kinds.size === 1) return [{ pattern: `${prefix}*`, headers: policyFor(files[0]) }];
  return [
    ...folder.files.flatMap((path) =>
      urlsOf(path).map((pattern) => ({ pattern, headers: policyFor(path) }))
    ),
    ...[...folder.folders].flatMap(([name, sub]) => rules(sub, `${prefix}${name}/`)),
  ];
}

/** The `_headers` text for a build whose files (as URL paths, siblings included) are `all`. */
export function headersFile(all: Iterable<string>): string {
  const lines = [
    "# The header and caching policy of server/ for this build (server/headers-file.ts).",
    "# One rule per URL pattern; no two patterns match the same URL.",
  ];
  for (const rule of rules(tree(servedPaths(all)), "/")) {
    lines.push("", rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join("\n")}\n`;
}

/** Reads a `_headers` text back: each pattern with its headers. */
export function parseHeadersFile(text: string): Rule[] {
  const parsed: Rule[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    if (!/^\s/.test(line)) parsed.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(":");
      parsed.at(-1)!.headers.push([
        line.slice(0, colon).trim().toLowerCase(),
        line.slice(colon + 1).trim(),
      ]);
    }
  }
  return parsed;
}

/** Whether a pattern matches a URL path: exactly, or as a prefix when it ends in "*". */
export function matches(pattern: string, path: string): boolean {
  return pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}
