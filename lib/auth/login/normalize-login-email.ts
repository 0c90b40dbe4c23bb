// Accounts store their address trimmed and lower-cased; a typed address is
// compared the same way.
export function normalizeLoginEmail(email: string): string {
  return email.trim().toLowerCase();
}
