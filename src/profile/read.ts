import { readFileSync } from "node:fs";
import { isMap, isPair, isScalar, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { type ProfileFile, profileFileSchema, profileHelp } from "./schema.ts";

/** A profile that cannot be used: the message lists every problem with its file and line. */
export class ProfileError extends Error {
  override name = "ProfileError";
}

type Path = readonly PropertyKey[];

/** A parsed profile, and where each of its values sits in the file (`file:line:column`). */
export interface ReadProfile {
  profile: ProfileFile;
  /** Where the value at `path` is, or its key (`key: true`), or the nearest parent the file has. */
  locate(path: Path, options?: { key?: boolean }): string;
}

/** The problems, one a line, then where every field is documented. */
export function report(problems: string[]): string {
  const count = problems.length === 1 ? "a problem" : `${problems.length} problems`;
  return [
    `The servicer profile has ${count}:`,
    ...problems.map((p) => `  ${p}`),
    `Every field is listed in ${profileHelp}.`,
  ].join("\n");
}

/** The keys an object schema allows at `path` of the profile, for an unknown-key message. */
function keysAt(path: Path): string[] {
  let schema: z.ZodType = profileFileSchema;
  for (const key of path) {
    schema = unwrap(schema);
    if (!(schema instanceof z.ZodObject)) return [];
    schema = (schema.shape as Record<string, z.ZodType>)[String(key)];
    if (!schema) return [];
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (
    inner instanceof z.ZodDefault || inner instanceof z.ZodOptional || inner instanceof z.ZodPipe
  ) {
    inner = inner instanceof z.ZodPipe ? inner.in as z.ZodType : inner.unwrap() as z.ZodType;
  }
  return inner;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(issue: z.core.$ZodIssue, data: unknown): string {
  const where = issue.path.length ? issue.path.join(".") : "the file";
  if (issue.code === "unrecognized_keys") {
    const allowed = keysAt(issue.path);
    return issue.keys.map((key) =>
      `${where}: unknown key "${key}"${
        allowed.length ? `; the keys allowed here are ${allowed.join(", ")}` : ""
      }`
    ).join("\n  ");
  }
  if (issue.code === "invalid_type" && valueAt(data, issue.path) === undefined) {
    return `${where}: missing (expected ${issue.expected})`;
  }
  return `${where}: ${issue.message}`;
}

/**
 * Reads and checks the profile at `path` (named `shown` in messages). Throws a ProfileError that
 * lists every problem with its line: YAML syntax, unknown keys with the allowed ones, missing or
 * wrong values.
 */
export function readProfile(path: string, shown: string): ReadProfile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ProfileError(report([`${shown}: cannot be read (${(error as Error).message})`]));
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${shown}:${line}:${col}`;
  };
  if (doc.errors.length) {
    throw new ProfileError(
      report(doc.errors.map((e) => `${at(e.pos[0])}: ${e.message.split("\n")[0]}`)),
    );
  }

  /** The nearest node to a path that the file has: the value, else its key, else its parent. */
  const locate = (path: Path, options: { key?: boolean } = {}): string => {
    for (let depth = path.length; depth >= 0; depth--) {
      const parent = depth > 0 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
      if (depth > 0 && isMap(parent)) {
        const pair = parent.items.find((p) =>
          isPair(p) && isScalar(p.key) && String(p.key.value) === String(path[depth - 1])
        );
        const node = (options.key ? pair?.key : pair?.value ?? pair?.key) as
          | { range?: [number, number] }
          | undefined;
        if (node?.range) return at(node.range[0]);
      }
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number] } | null;
      if (node?.range) return at(node.range[0]);
    }
    return `${shown}:1:1`;
  };

  const data = doc.toJS();
  const parsed = profileFileSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => {
      const unknown = issue.code === "unrecognized_keys";
      const target = unknown ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
      return describe(issue, data).split("\n  ").map((text, i) =>
        `${locate(target[i] ?? issue.path, { key: unknown })}: ${text}`
      );
    });
    throw new ProfileError(report(problems));
  }
  return { profile: parsed.data, locate };
}
