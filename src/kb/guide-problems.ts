// What is wrong in a guide, where, and what would be right: the words of guide build errors.
import type { z } from "zod";
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from "satteri";
import type { GuideComponent } from "./components/types.ts";

/** A place in a guide file: line and column from 1, counted in the whole file. */
export interface Position {
  line: number;
  column: number;
}

export interface Problem {
  /** Missing only when the compiler gave no position. */
  at?: Position;
  message: string;
}

/**
 * One guide's problems, each line starting `file:line:column:` as compilers write it, after what
 * the collection schema said of its front matter, if anything.
 */
export class GuideError extends Error {
  constructor(readonly file: string, readonly problems: Problem[], invalidData?: string) {
    super(
      [
        ...(invalidData ? [`${file}: ${invalidData}`] : []),
        ...problems.map(({ at, message }) =>
          `${file}${at ? `:${at.line}:${at.column}` : ""}: ${message}`
        ),
      ].join("\n"),
    );
    this.name = "GuideError";
  }
}

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** Finds a position in the compiled text by its offset (UTF-16 units, as Sätteri counts). */
export function positionAt(source: string, offset: number): Position {
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

const list = (values: readonly string[]) => values.join(", ");

/**
 * The element's attributes checked against its component's schema: the props to render it with,
 * or what is wrong. `locate` gives the position of an attribute (or of the element when absent).
 */
export function checkAttributes(
  node: JsxElement,
  name: string,
  component: GuideComponent,
  locate: (attribute?: string) => Position | undefined,
): { props?: Record<string, unknown>; problems: Problem[] } {
  const problems: Problem[] = [];
  const written: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      problems.push({
        at: locate(),
        message: `<${name} {${attribute.value}}>: write each attribute as name="value"`,
      });
    } else if (typeof attribute.value === "string") {
      written[attribute.name] = attribute.value;
    } else {
      const how = attribute.value === null || attribute.value === undefined
        ? "has no value"
        : `is an expression {${attribute.value.value}}`;
      problems.push({
        at: locate(attribute.name),
        message:
          `<${name}>: ${attribute.name} ${how}; write it in quotes, as ${attribute.name}="…"`,
      });
    }
  }
  const result = component.attributes.safeParse(written);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push(...describeIssue(issue, name, component, written, locate));
    }
  }
  return problems.length > 0
    ? { problems }
    : { props: result.data as Record<string, unknown>, problems };
}

/** The names a component's schema accepts. */
function attributeNames(component: GuideComponent): string[] {
  const shape = (component.attributes as unknown as { shape?: Record<string, unknown> }).shape;
  return Object.keys(shape ?? {});
}

function describeIssue(
  issue: z.core.$ZodIssue,
  name: string,
  component: GuideComponent,
  written: Record<string, string>,
  locate: (attribute?: string) => Position | undefined,
): Problem[] {
  if (issue.code === "unrecognized_keys") {
    const known = attributeNames(component);
    return issue.keys.map((key) => ({
      at: locate(key),
      message: `<${name}> has no attribute "${key}"; ${
        known.length ? `its attributes are ${list(known)}` : "it takes no attributes"
      } (${component.usage})`,
    }));
  }
  const key = String(issue.path[0]);
  const value = written[key];
  const tag = value === undefined ? `<${name}>` : `<${name} ${key}="${value}">`;
  if (issue.code === "invalid_value" && value === undefined) {
    return [{
      at: locate(),
      message: `<${name}> needs a ${key}="…" attribute, one of: ${list(issue.values.map(String))}`,
    }];
  }
  if (issue.code === "invalid_value") {
    return [{
      at: locate(key),
      message: `${tag}: ${key} is one of: ${list(issue.values.map(String))}`,
    }];
  }
  if (issue.code === "custom") {
    const values = (issue.params?.values ?? []) as string[];
    return [{ at: locate(key), message: `${tag}: ${issue.message}, one of: ${list(values)}` }];
  }
  if (issue.code === "too_small") {
    return [{ at: locate(key), message: `${tag}: ${key} is empty` }];
  }
  return [{ at: locate(key), message: `${tag}: ${key}: ${issue.message}` }];
}
