// Every way a step of signing in, activating an account or choosing a new
// password can fail, as stable codes. The forms map each code to Dutch
// text in messages/nl/auth.json (auth.errors.<CODE>, for some codes per
// purpose); nothing else about a failure ever reaches the browser.
export const LOGIN_ERROR_CODES = [
  // Step 1: e-mail address and password.
  "INVALID_INPUT",
  "INVALID_CREDENTIALS",
  // Choosing a password (activation, reset, change).
  "PASSWORD_INVALID",
  "CURRENT_PASSWORD_WRONG",
  // The e-mailed link (activation, reset) is unknown, used, replaced or
  // expired, or the account no longer fits it.
  "LINK_INVALID",
  // Step 2: the code.
  "CODE_FORMAT",
  "CODE_INVALID",
  "CODE_EXPIRED",
  "CHALLENGE_MISSING",
  "CHALLENGE_EXPIRED",
  "CHALLENGE_VOIDED",
  // Sending a new code.
  "RESEND_TOO_SOON",
  "RESEND_LIMIT",
  // Any step.
  "RATE_LIMITED",
  "MAIL_FAILED",
  "UNEXPECTED",
] as const;

export type LoginErrorCode = (typeof LOGIN_ERROR_CODES)[number];

// A failed step: the code, and the numbers its message needs.
export type LoginFailure = {
  ok: false;
  error: LoginErrorCode;
  retryAfterSeconds?: number;
  attemptsLeft?: number;
};

// These send the person back to the start (the password, or the link's
// page): the challenge cannot be finished.
export const RESTART_CHALLENGE_ERRORS: readonly LoginErrorCode[] = [
  "CHALLENGE_MISSING",
  "CHALLENGE_EXPIRED",
  "CHALLENGE_VOIDED",
  "LINK_INVALID",
];

export function isLoginErrorCode(value: unknown): value is LoginErrorCode {
  return LOGIN_ERROR_CODES.includes(value as LoginErrorCode);
}
