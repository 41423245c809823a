import { utf8, wellFormed } from "./text.ts";

/** Beyond about 2,000 characters some mail programs and browsers cut a mailto link short. */
export const MAILTO_MAX_LENGTH = 2000;

/** Percent-encodes UTF-8, leaving only RFC 3986 unreserved characters (and `keep`) as they are. */
function percentEncode(text: string, keep = ""): string {
  let out = "";
  for (const ch of wellFormed(text)) {
    if (/[A-Za-z0-9\-._~]/.test(ch) || keep.includes(ch)) out += ch;
    else {for (const b of utf8(ch)) {
        out += "%" + b.toString(16).toUpperCase().padStart(2, "0");
      }}
  }
  return out;
}

/** An RFC 6068 mailto URL; line breaks become %0D%0A as the RFC requires. */
export function mailtoUrl(
  input: { to: string; subject: string; body: string },
): { url: string; tooLong: boolean } {
  const to = percentEncode(input.to.trim(), "@");
  const body = input.body.replace(/\r\n?|\n/g, "\r\n");
  const url = `mailto:${to}?subject=${percentEncode(input.subject)}&body=${percentEncode(body)}`;
  return { url, tooLong: url.length > MAILTO_MAX_LENGTH };
}
