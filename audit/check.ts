/** Runs one check step: times it, bounds it, and turns what it throws into an `error` check. */
import type { Check, CheckKind, Violation } from "./types.ts";
import { statusOf } from "./types.ts";

/** The first line of an error, without Playwright's call log. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].slice(0, 500);
}

/** Thrown when a step runs past its time; the page it ran in cannot be trusted after it. */
export class StepTimeout extends Error {}

/** `work`, or a StepTimeout after `ms` (page.evaluate has no timeout of its own). */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new StepTimeout(`${what} did not finish within ${ms / 1000} s`)),
      ms,
    );
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

export interface CheckId {
  kind: CheckKind;
  page: string;
  variant: string;
}

/** What a step found: violations, and optionally a remark for the reports. */
export type Found = Violation[] | { violations: Violation[]; note?: string };

/** A check that could not run, with the reason. */
export function errorCheck(id: CheckId, note: string, durationMs = 0): Check {
  return { ...id, status: "error", violations: [], note, durationMs };
}

/** Runs `step` as the check `id`; an exception becomes an `error` check, a timeout is rethrown. */
export async function runCheck(
  id: CheckId,
  step: () => Promise<Found>,
  timeoutMs: number,
): Promise<Check> {
  const started = Date.now();
  try {
    const found = await withTimeout(step(), timeoutMs, `${id.kind} ${id.variant}`.trim());
    const { violations, note } = Array.isArray(found) ? { violations: found, note: "" } : found;
    return {
      ...id,
      status: statusOf(violations),
      violations,
      ...(note ? { note } : {}),
      durationMs: Date.now() - started,
    };
  } catch (error) {
    if (error instanceof StepTimeout) throw error;
    return errorCheck(id, errorText(error), Date.now() - started);
  }
}
