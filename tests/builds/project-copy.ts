import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** What a build does not read: installed packages, outputs, caches, tests and benchmarks. */
const notCopied = new Set([
  ".astro",
  ".git",
  "bench",
  "dist",
  "node_modules",
  "playwright-report",
  "reports",
  "test-results",
  "tests",
]);

/**
 * The project copied into a new temporary folder, its packages linked rather than copied, so that
 * a test can change the copy as an operator would change theirs.
 */
export function copyProject(from = "."): string {
  const to = Deno.makeTempDirSync({ prefix: "help-project-" });
  for (const name of readdirSync(from)) {
    if (!notCopied.has(name)) cpSync(join(from, name), join(to, name), { recursive: true });
  }
  symlinkSync(resolve(from, "node_modules"), join(to, "node_modules"), "dir");
  return to;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The registry's list ends here; a new entry goes just before it. */
const registryEnd = "] as const satisfies readonly Language[];";

/**
 * Adds a language to a copied project the way README's "Add a language" says: `language.json`
 * becomes the registry's last entry, and the fixture's `src/` (dictionaries) and `content/`
 * (guides and FAQs) are copied over the project's. Returns every file it wrote, relative to the
 * project.
 */
export function addLanguage(project: string, fixture: string): string[] {
  const registry = join(project, "src/i18n/languages.ts");
  const source = readFileSync(registry, "utf8");
  if (!source.includes(registryEnd)) throw new Error(`${registry}: no "${registryEnd}"`);
  const entry = readFileSync(join(fixture, "language.json"), "utf8").trim();
  writeFileSync(registry, source.replace(registryEnd, `  ${entry},\n${registryEnd}`));
  const written = ["src/i18n/languages.ts"];
  for (
    const file of [...filesUnder(join(fixture, "src")), ...filesUnder(join(fixture, "content"))]
  ) {
    const path = relative(fixture, file);
    cpSync(file, join(project, path));
    written.push(path);
  }
  return written;
}

/**
 * Whether a file written by `addLanguage` is one README allows for language `code`: the registry,
 * a `<code>.ts` beside an `en.ts` dictionary, or a file in the language's content folders.
 */
export function isLanguageFile(project: string, path: string, code: string): boolean {
  if (path === "src/i18n/languages.ts") return true;
  if (path.startsWith(`content/guides/${code}/`) || path.startsWith(`content/faqs/${code}/`)) {
    return true;
  }
  const folder = dirname(path);
  return path === `${folder}/${code}.ts` && existsSync(join(project, folder, "en.ts"));
}
