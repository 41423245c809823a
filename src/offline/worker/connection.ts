/** What Chromium reports of the connection (Network Information API; absent elsewhere). */
export interface Connection {
  saveData?: boolean;
  type?: string;
  effectiveType?: string;
}

/**
 * Whether the worker may download more than the shell without being asked: not when the borrower
 * asked to save data, is on a phone network, or the connection is slow. Unknown counts as allowed.
 */
export function backgroundAllowed(connection: Connection | undefined): boolean {
  if (!connection) return true;
  if (connection.saveData || connection.type === "cellular") return false;
  return !["slow-2g", "2g", "3g"].includes(connection.effectiveType ?? "");
}

/** The connection this worker runs on, where the browser reports it. */
export function currentConnection(): Connection | undefined {
  return (navigator as typeof navigator & { connection?: Connection }).connection;
}
