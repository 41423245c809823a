import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

// Every inline script must be allowed by a hash in the page's own CSP: no 'unsafe-inline'.

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

Deno.test("every page has a strict CSP and hashes for all of its inline scripts", () => {
  let inlineScripts = 0;
  for (const file of htmlFiles("dist")) {
    const html = readFileSync(file, "utf8");
    const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
    assert.ok(csp, `${file} has no CSP meta tag`);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\s\*[\s;]/, file);
    assert.match(csp, /default-src 'self'/, file);
    const scriptSrc = csp.match(/script-src ([^;]+)/)?.[1] ?? "";
    for (const [, attrs, code] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=/.test(attrs) || /application\/ld\+json/.test(attrs)) continue;
      inlineScripts++;
      assert.ok(scriptSrc.includes(sha256(code)), `${file}: inline script without a CSP hash`);
    }
    assert.doesNotMatch(html, /\son[a-z]+="/, `${file} has an inline event handler`);
    // The CSP blocks style attributes; one would silently lose its styling.
    assert.doesNotMatch(html, /<[a-z][^>]*\sstyle="/, `${file} has a style attribute`);
  }
  console.log(`csp: ${inlineScripts} inline scripts, all hashed`);
});
