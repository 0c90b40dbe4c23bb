// Accounts store their e-mail address trimmed and lower-cased, so the
// unique index on Account.email treats addresses case-insensitively.
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
