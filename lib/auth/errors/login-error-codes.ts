// Every way a sign-in step can fail, as stable codes. The forms map each
// code to Dutch text in messages/nl/auth.json (auth.errors.<CODE>); nothing
// else about a failure ever reaches the browser.
export const LOGIN_ERROR_CODES = [
  // Step 1: e-mail address and password.
  "INVALID_INPUT",
  "INVALID_CREDENTIALS",
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

// These send the person back to step 1: the challenge cannot be finished.
export const RESTART_LOGIN_ERRORS: readonly LoginErrorCode[] = [
  "CHALLENGE_MISSING",
  "CHALLENGE_EXPIRED",
  "CHALLENGE_VOIDED",
];

export function isLoginErrorCode(value: unknown): value is LoginErrorCode {
  return LOGIN_ERROR_CODES.includes(value as LoginErrorCode);
}
