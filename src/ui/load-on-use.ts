/** A part of the page loaded on use (a dynamic import) that could not be fetched. */
export class LoadError extends Error {
  constructor(cause: unknown) {
    super("A part of the page could not be loaded", { cause });
  }
}

/** The same load, failing with a LoadError, so callers tell a failed fetch from a bug. */
export function onUse<T>(load: Promise<T>): Promise<T> {
  return load.catch((cause: unknown) => {
    throw new LoadError(cause);
  });
}
