/**
 * The site as another servicer would adopt it, built once for every check in this folder: a copy
 * of the project with a third language added the way README's "Add a language" says (only the
 * registry entry, the dictionaries and the content folders of tests/fixtures/french/), built with
 * Maple Leaf Home Loans' profile (tests/fixtures/maple/). One build serves both fixtures: each
 * build costs about a minute of this machine's time.
 */
import { join, resolve } from "node:path";
import { buildSite, textFiles } from "./build.ts";
import { addLanguage, copyProject } from "./project-copy.ts";

/** The fixture language, as tests/fixtures/french/language.json registers it. */
export const fixtureLang = { code: "fr", tag: "fr-US" } as const;

/** The copied project, removed when the tests end. */
export const project: string = copyProject();
/** Every file the language added, relative to the project (README's list, nothing else). */
export const written: string[] = addLanguage(project, "tests/fixtures/french");

/** Type-checks the new language's dictionaries in the copy: each is typed by the English one. */
async function checkDictionaries(): Promise<string> {
  const dictionaries = written.filter((path) => path.endsWith(`/${fixtureLang.code}.ts`));
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["check", ...dictionaries],
    cwd: project,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(stdout) + new TextDecoder().decode(stderr);
  return code === 0 ? "" : text;
}

/** `deno check`'s complaints about the dictionaries, empty when they type-check. */
export const typeErrors: string = await checkDictionaries();

/** The build folder, inside the copy: Astro's prerender step resolves packages from there. */
export const dist: string = join(project, "dist");
/** What the build printed. */
export const buildLog: string = await buildSite({
  cwd: project,
  env: { HELP_PROFILE: resolve("tests/fixtures/maple/servicer-profile.yaml") },
  outDir: dist,
});

/** Every text file of the build, by path. */
export const files: Map<string, string> = textFiles(dist);

globalThis.addEventListener("unload", () => Deno.removeSync(project, { recursive: true }));
