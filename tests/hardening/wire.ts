// Requests written byte for byte, for what tools/raw-http.ts cannot send: a Host header of our
// choosing, none at all, two of them, or an HTTP/1.0 request line.

export interface WireResponse {
  status: number;
  /** Header fields, names lower-cased. */
  headers: Map<string, string>;
  body: string;
}

/** One byte per character (U+0000 to U+00FF), to put bytes that are not UTF-8 on the wire. */
export const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * Sends `head` (request line and header lines, without the blank line) and reads to the end.
 * Characters go out as UTF-8, or as single bytes with `encode: latin1`.
 */
export async function exchange(
  port: number,
  head: string[],
  encode: (text: string) => Uint8Array = utf8,
): Promise<WireResponse> {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  const chunks: Uint8Array[] = [];
  try {
    await conn.write(encode(`${head.join("\r\n")}\r\n\r\n`));
    const buffer = new Uint8Array(65536);
    for (let n = await conn.read(buffer); n !== null; n = await conn.read(buffer)) {
      chunks.push(buffer.slice(0, n));
    }
  } finally {
    conn.close();
  }
  const text = new TextDecoder().decode(
    chunks.reduce((all, chunk) => new Uint8Array([...all, ...chunk]), new Uint8Array()),
  );
  const end = text.indexOf("\r\n\r\n");
  if (end < 0) throw new Error(`no complete response to ${head[0]}`);
  const [statusLine, ...fields] = text.slice(0, end).split("\r\n");
  return {
    status: Number(statusLine.split(" ")[1]),
    headers: new Map(fields.map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
    })),
    body: text.slice(end + 4),
  };
}

/** `GET <target>` with exactly the given Host line (or none), closing after the answer. */
export function get(port: number, target: string, host: string | null, version = "1.1") {
  return exchange(port, [
    `GET ${target} HTTP/${version}`,
    ...(host === null ? [] : [`Host: ${host}`]),
    "Connection: close",
  ]);
}
