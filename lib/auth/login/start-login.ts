import { getDb } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";
import { verifyPassword } from "@/lib/passwords/verify-password";
import { enforceRateLimits, resetRateLimit } from "@/lib/rate-limit/enforce-rate-limits";
import type { LoginFailure } from "../errors/login-error-codes";
import { auditAuthStep } from "../audit/audit-auth-step";
import { issueChallenge, type IssuedChallenge } from "../challenges/issue-challenge";
import { DUMMY_PASSWORD_HASH } from "./dummy-password-hash";
import { judgePasswordAttempt } from "./judge-password-attempt";
import { normalizeLoginEmail } from "./normalize-login-email";
import { recordFailedPassword } from "./record-failed-password";

export type StartLoginInput = {
  email: string;
  password: string;
  origin: RequestOrigin;
  now?: Date;
};

export type StartLoginResult = IssuedChallenge | LoginFailure;

// Step 1 of signing in: check the e-mail address and password, then start
// a challenge and e-mail its code. Every refusal is the same
// INVALID_CREDENTIALS, whatever the reason, and takes about as long: a
// bcrypt check runs even when there is no account or no password. The
// password is not kept anywhere once this returns.
export async function startLogin(input: StartLoginInput): Promise<StartLoginResult> {
  const db = await getDb();
  const now = input.now ?? new Date();
  const email = normalizeLoginEmail(input.email);
  const { origin } = input;

  const limit = await enforceRateLimits([
    { policy: "loginPasswordPerIp", key: origin.ip },
    { policy: "loginPasswordPerAccount", key: email },
  ]);
  const account = await db.account.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      status: true,
      lockedUntil: true,
      password: { select: { hash: true } },
    },
  });
  const audit = (outcome: "SUCCESS" | "FAILURE" | "DENIED", reason: string | null) =>
    auditAuthStep({
      action: "login.password",
      outcome,
      origin,
      accountId: account?.id ?? null,
      detail: { reason },
    });

  if (!limit.allowed) {
    await audit("DENIED", "rate_limited");
    return { ok: false, error: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };
  }

  const passwordMatches = await verifyPassword(
    input.password,
    account?.password?.hash ?? DUMMY_PASSWORD_HASH,
  );
  const refusal = judgePasswordAttempt(
    account && { ...account, hasPassword: Boolean(account.password) },
    passwordMatches,
    now,
  );

  if (refusal || !account) {
    if (account && refusal === "wrong_password") {
      await recordFailedPassword(db, account.id, origin, now);
    }
    await audit("FAILURE", refusal ?? "unknown_account");
    return { ok: false, error: "INVALID_CREDENTIALS" };
  }

  // A correct password clears the failed attempts and the lock history.
  await db.account.update({
    where: { id: account.id },
    data: { failedLoginCount: 0, lockCount: 0, lockedUntil: null },
  });
  await resetRateLimit("loginPasswordPerAccount", email);
  await audit("SUCCESS", null);

  return issueChallenge({
    accountId: account.id,
    email: account.email,
    purpose: "LOGIN",
    origin,
    now,
  });
}
