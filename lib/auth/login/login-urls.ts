import type { LoginErrorCode } from "../errors/login-error-codes";

// Links between the login pages. `callbackUrl` is already known to be safe
// (or empty) wherever these are used.

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const entries = Object.entries(query).filter((entry): entry is [string, string] =>
    Boolean(entry[1]),
  );

  return entries.length ? `${path}?${new URLSearchParams(entries)}` : path;
}

// Step 1, with a note why the person is back there.
export function loginPageUrl(callbackUrl?: string, error?: LoginErrorCode): string {
  return withQuery("/inloggen", { error, callbackUrl });
}

export function codePageUrl(callbackUrl?: string): string {
  return withQuery("/inloggen/code", { callbackUrl });
}
