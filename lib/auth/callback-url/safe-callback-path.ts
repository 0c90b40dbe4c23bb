import { CLIENT_LANDING_PATH } from "../constants";

const MAX_LENGTH = 2048;

// Backslashes (browsers read "/\evil.example" as "//evil.example"), control
// characters and any kind of whitespace have no place in a path we send
// someone to.
const FORBIDDEN = /[\\\s\u0000-\u001f\u007f]/;

// Where to send someone after signing in, given a `callbackUrl` from the
// query string, a form or next-auth. Only a path on our own origin comes
// back; anything else (another origin, "//host", "javascript:", a relative
// "overzicht", credentials in the URL, odd characters) gives the fallback.
export function safeCallbackPath(
  value: unknown,
  origin: string,
  fallback: string = CLIENT_LANDING_PATH,
): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) {
    return fallback;
  }
  if (FORBIDDEN.test(value)) return fallback;

  const ownOrigin = new URL(origin).origin;
  const isPath = value.startsWith("/") && !value.startsWith("//");
  const isAbsolute = /^https?:\/\/[^/]/i.test(value);
  if (!isPath && !isAbsolute) return fallback;

  let url: URL;
  try {
    url = new URL(value, ownOrigin);
  } catch {
    return fallback;
  }
  if (url.origin !== ownOrigin || url.username || url.password) return fallback;

  // Dot segments are resolved by now: "/.//evil.example" became
  // "//evil.example", which a browser would read as another host.
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;

  return path;
}
