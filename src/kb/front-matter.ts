/** Splits `---`-fenced YAML front matter from the body of a guide or FAQ source file. */
import { load as parseYaml } from "js-yaml";

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The front matter as data and the body as text; `file` names the source in errors. `bodyStart` is
 * where the body starts in `source`, untrimmed.
 */
export function frontMatter(
  source: string,
  file: string,
): { data: Record<string, unknown>; body: string; bodyStart: number } {
  const match = source.match(/^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/);
  if (!match) throw new Error(`${file}: the file starts with front matter between --- lines`);
  const data: unknown = parseYaml(match[1]);
  if (!isMapping(data)) throw new Error(`${file}: the front matter must be a YAML mapping`);
  return { data, body: source.slice(match[0].length).trim(), bodyStart: match[0].length };
}
