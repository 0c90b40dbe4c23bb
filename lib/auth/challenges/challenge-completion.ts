import type { Db } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";
import type { LoginErrorCode } from "../errors/login-error-codes";

export type CompletionContext = {
  challengeId: string;
  accountId: string;
  origin: RequestOrigin;
  now: Date;
};

// What finishing a challenge does besides opening a session, per purpose.
export type ChallengeCompletion = {
  // Runs in the transaction that uses the code, before the new session is
  // opened: it all happens, or (by throwing) none of it does. Returns the
  // subject client for the audit event.
  apply(tx: Db, context: CompletionContext): Promise<{ subjectClientId?: string | null }>;
  // Runs once that transaction has committed: notifications and clean-up
  // that must not undo the change when they fail.
  afterCommit?(context: CompletionContext): Promise<void>;
};

// Thrown by apply() when the challenge may not finish after all (the link
// was used or replaced meanwhile, the account changed): the transaction
// rolls back, the code included, and the person gets `error`.
export class CompletionRefusedError extends Error {
  constructor(readonly error: LoginErrorCode) {
    super(error);
    this.name = "CompletionRefusedError";
  }
}
