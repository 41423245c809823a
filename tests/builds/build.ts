/**
 * Builds the site with another profile or from another project folder, into a temp folder.
 * Returns what the build printed.
 */
export async function buildSite(
  options: { cwd?: string; env?: Record<string, string>; outDir: string },
): Promise<string> {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "npm:astro", "build", "--outDir", options.outDir],
    cwd: options.cwd,
    env: { NO_COLOR: "1", ...options.env },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  const output = `${decode(stdout)}\n${decode(stderr)}`;
  if (code !== 0) throw new Error(`build failed:\n${output}`);
  return output;
}

/** Every text file of a build (pages, CSS, JS, SVG, JSON), by path. */
export function textFiles(dir: string, prefix = ""): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of Deno.readDirSync(dir + prefix)) {
    const path = `${prefix}/${entry.name}`;
    if (entry.isDirectory) {
      for (const [p, t] of textFiles(dir, path)) files.set(p, t);
    } else if (/\.(html|css|js|svg|json|xml|txt)$/.test(entry.name)) {
      files.set(path, Deno.readTextFileSync(dir + path));
    }
  }
  return files;
}
