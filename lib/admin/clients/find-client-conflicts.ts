import type { Db } from "@/lib/db/client";
import type { FieldErrors } from "../admin-result";

type Candidate = { email?: string; clientNumber: string };
// The client and account being edited, which may keep their own values.
type Own = { clientId?: string; accountId?: string };

// Which of the values already belong to another client or account. Both
// are stored normalized (lower-case address, capitalized number), so an
// exact comparison is a case-insensitive one. Null when there is none.
export async function findClientConflicts(
  db: Db,
  candidate: Candidate,
  own: Own = {},
): Promise<FieldErrors | null> {
  const [numberOwner, emailOwner] = await Promise.all([
    db.client.findUnique({ where: { clientNumber: candidate.clientNumber }, select: { id: true } }),
    candidate.email
      ? db.account.findUnique({ where: { email: candidate.email }, select: { id: true } })
      : null,
  ]);

  const fieldErrors: FieldErrors = {};
  if (numberOwner && numberOwner.id !== own.clientId) {
    fieldErrors.clientNumber = "CLIENT_NUMBER_TAKEN";
  }
  if (emailOwner && emailOwner.id !== own.accountId) fieldErrors.email = "EMAIL_TAKEN";

  return Object.keys(fieldErrors).length > 0 ? fieldErrors : null;
}
