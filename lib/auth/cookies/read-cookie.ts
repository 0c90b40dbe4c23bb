// One cookie's value from a raw Cookie header, as next-auth hands it to
// authorize(). Our cookie values are base64url or JWTs, so they need no
// decoding; a value that is not valid percent-encoding is left as it is.
export function readCookie(header: unknown, name: string): string | null {
  if (typeof header !== "string") return null;

  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;

    const value = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }

  return null;
}
