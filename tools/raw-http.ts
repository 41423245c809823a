// One HTTP/1.1 exchange over a plain socket. fetch and Request normalise the path ("/a/../b"
// becomes "/b") and decode bodies; this sends the request line exactly as written and returns
// the bytes exactly as the server sent them. Used by the server tests and the serving bench.

export interface RawResponse {
  status: number;
  /** Header fields in the order sent, names lower-cased. */
  headers: [string, string][];
  /** The status line and header fields as sent, without the final blank line. */
  head: string;
  body: Uint8Array;
}

/** The value of a header in a raw response, or null. */
export function header(response: RawResponse, name: string): string | null {
  return response.headers.find(([key]) => key === name)?.[1] ?? null;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * Sends `GET <target>` (or any method) with the given header lines and `Connection: close`, and
 * reads until the server closes. `target` goes on the wire unchanged.
 */
export async function rawRequest(
  port: number,
  target: string,
  options: { method?: string; headers?: Record<string, string>; hostname?: string } = {},
): Promise<RawResponse> {
  const hostname = options.hostname ?? "127.0.0.1";
  const lines = [
    `${options.method ?? "GET"} ${target} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    ...Object.entries(options.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
    "Connection: close",
  ];
  const conn = await Deno.connect({ hostname, port });
  const chunks: Uint8Array[] = [];
  try {
    await conn.write(new TextEncoder().encode(`${lines.join("\r\n")}\r\n\r\n`));
    const buffer = new Uint8Array(65536);
    for (let n = await conn.read(buffer); n !== null; n = await conn.read(buffer)) {
      chunks.push(buffer.slice(0, n));
    }
  } finally {
    conn.close();
  }
  const bytes = concat(chunks);
  const end = bytes.findIndex((_, i) =>
    bytes[i] === 13 && bytes[i + 1] === 10 && bytes[i + 2] === 13 && bytes[i + 3] === 10
  );
  if (end < 0) throw new Error(`no complete response head for ${target}`);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, end));
  const [statusLine, ...fields] = head.split("\r\n");
  return {
    status: Number(statusLine.split(" ")[1]),
    headers: fields.map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
    }),
    head,
    body: bytes.subarray(end + 4),
  };
}
