// Every rate limit of the portal, by name. A limit counts attempts per key
// (an IP address or an account) within a window; the next attempt after
// `points` is refused until the window ends. Counts live in the database
// (RateLimiterFlexible), so all server instances share them.
//
// Per account, the key is derived from the e-mail address typed, whether or
// not an account has it, so a limit never tells which addresses exist.
export type RateLimitPolicy = { points: number; durationSeconds: number };

const MINUTE = 60;
const HOUR = 60 * MINUTE;

export const RATE_LIMIT_POLICIES = {
  // Step 1: e-mail address and password. The per-address limit matches the
  // account lock (lib/auth/constants.ts); the IP limit leaves room for a
  // care home whose residents share one address.
  loginPasswordPerIp: { points: 50, durationSeconds: 15 * MINUTE },
  loginPasswordPerAccount: { points: 10, durationSeconds: 15 * MINUTE },

  // The e-mailed code, for signing in, activating and resetting alike. A
  // challenge is voided after five wrong codes anyway; these are the
  // back-stop across challenges.
  codeCheckPerIp: { points: 50, durationSeconds: 15 * MINUTE },
  codeCheckPerAccount: { points: 30, durationSeconds: 15 * MINUTE },

  // Every code mail sent, first ones and resends alike.
  codeSendPerIp: { points: 20, durationSeconds: HOUR },
  codeSendPerAccount: { points: 10, durationSeconds: HOUR },

  // Choosing a password on an activation or reset link's page: each try
  // costs a password hash and possibly a code mail.
  linkPasswordPerIp: { points: 30, durationSeconds: 15 * MINUTE },

  // "Wachtwoord vergeten": per address typed (whether or not it has an
  // account) and per client address.
  passwordResetRequestPerAddress: { points: 3, durationSeconds: HOUR },
  passwordResetRequestPerIp: { points: 20, durationSeconds: HOUR },

  // Changing the password while signed in counts against the two login
  // limits above (loginPasswordPerAccount by the account's address), so a
  // stolen session cannot be used to guess the current password faster
  // than the login page allows.
} as const satisfies Record<string, RateLimitPolicy>;

export type RateLimitPolicyName = keyof typeof RATE_LIMIT_POLICIES;
