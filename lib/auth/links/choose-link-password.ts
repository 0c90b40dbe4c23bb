import type { ActionTokenPurpose } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";
import { checkPassword } from "@/lib/passwords/check-password";
import { hashPassword } from "@/lib/passwords/hash-password";
import type { PasswordProblem } from "@/lib/passwords/password-rules";
import { enforceRateLimits } from "@/lib/rate-limit/enforce-rate-limits";
import { auditAuthStep } from "../audit/audit-auth-step";
import { CHALLENGE_RULES } from "../challenges/challenge-rules";
import { issueChallenge, type IssuedChallenge } from "../challenges/issue-challenge";
import type { LoginFailure } from "../errors/login-error-codes";
import { findLinkAccount } from "./find-link-account";

export type ChooseLinkPasswordInput = {
  purpose: ActionTokenPurpose;
  token: string;
  password: string;
  confirmation: string;
  origin: RequestOrigin;
  now?: Date;
};

export type PasswordRefused = { ok: false; error: "PASSWORD_INVALID"; problems: PasswordProblem[] };

export type ChooseLinkPasswordResult = IssuedChallenge | LoginFailure | PasswordRefused;

// The first step after opening an activation or reset link: the new
// password (typed twice) is checked against the rules, hashed, and kept
// in a new challenge whose code is e-mailed to the account's own address.
// Nothing about the account changes yet, and the link is not used up:
// that happens only with the right code (see takeChallengeLink), so
// abandoning here leaves the link as it was.
export async function chooseLinkPassword(
  input: ChooseLinkPasswordInput,
): Promise<ChooseLinkPasswordResult> {
  const db = await getDb();
  const now = input.now ?? new Date();
  const { purpose, origin } = input;
  const audit = (accountId: string | null, reason: string, extra: Record<string, string> = {}) =>
    auditAuthStep({
      action: CHALLENGE_RULES[purpose].codeAuditAction,
      outcome: reason === "rate_limited" ? "DENIED" : "FAILURE",
      origin,
      accountId,
      detail: { step: "choose_password", reason, ...extra },
    });

  const limit = await enforceRateLimits([{ policy: "linkPasswordPerIp", key: origin.ip }]);
  if (!limit.allowed) {
    await audit(null, "rate_limited");
    return { ok: false, error: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };
  }

  const link = await findLinkAccount(db, input.token, purpose, now);
  if (!link) {
    await audit(null, "link_invalid");
    return { ok: false, error: "LINK_INVALID" };
  }
  const { account } = link;

  const problems = await checkPassword({
    password: input.password,
    confirmation: input.confirmation,
    email: account.email,
    name: account.name,
  });
  if (problems.length > 0) {
    await audit(account.id, "password_rules", { problems: problems.join(",") });
    return { ok: false, error: "PASSWORD_INVALID", problems };
  }

  return issueChallenge({
    accountId: account.id,
    email: account.email,
    purpose,
    origin,
    now,
    pendingPasswordHash: await hashPassword(input.password),
    actionTokenId: link.tokenId,
  });
}
