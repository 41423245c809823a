/**
 * Where the request target starts in the URL Deno gives a handler.
 *
 * Deno builds `request.url` as "http://" + the Host header + the request target, without checking
 * the Host header: `Host: evil/guides` with `GET /` gives "http://evil/guides/", which a parser
 * reads as the path /guides/. So the path is found by skipping exactly the Host header's length,
 * once that header has been checked to be a host[:port] (RFC 9110 7.2, RFC 3986 3.2). An
 * absolute-form target ("GET http://a/b") carries its own authority, and Deno uses it instead of
 * the Host header; with no Host at all (HTTP/1.0), Deno puts the listening address there.
 */

/** A registered name of unreserved characters or a bracketed IPv6 address, then a port. */
const hostPattern = /^(?:[a-z0-9._~-]+|\[[0-9a-f:.]+\])(?::[0-9]{0,5})?$/i;

/** Whether a Host header value is a host[:port] and nothing else. */
export function isValidHost(host: string): boolean {
  return hostPattern.test(host);
}

/** Where the path starts after "scheme://authority", when the authority holds no "/" or "?". */
function afterAuthority(url: string, authority: number): number {
  for (let i = authority; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 47 /* / */ || c === 63 /* ? */) return i;
  }
  return url.length;
}

/**
 * Returns a function giving where the request target's path starts in `url`, given the request's
 * Host header, or -1 when that header is not a valid host[:port] (answer 400). It remembers the
 * last valid Host: clients send the same one on every request.
 */
export function targetFinder(): (url: string, host: string | null) => number {
  let lastValid = "";
  return (url, host) => {
    const authority = url.indexOf("://") + 3;
    if (host === null || host === "") return afterAuthority(url, authority);
    if (host !== lastValid) {
      if (!isValidHost(host)) return -1;
      lastValid = host;
    }
    const end = authority + host.length;
    if (url.startsWith(host, authority) && url.charCodeAt(end) === 47) return end;
    // An absolute-form target: Deno used the target's own authority, which holds no "/".
    return afterAuthority(url, authority);
  };
}
