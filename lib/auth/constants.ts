// The numbers of the sign-in rules. The copy on every page and in every
// mail reads these, so what a person is told is what the code enforces.

// E-mailed codes.
export const CODE_VALID_MINUTES = 10;
export const MAX_CODE_ATTEMPTS = 5;
export const RESEND_COOLDOWN_SECONDS = 60;
export const MAX_CODE_RESENDS = 3;
export const CODE_LENGTH = 6;

// Links in activation and password-reset mails.
export const ACTIVATION_LINK_VALID_HOURS = 72;
export const RESET_LINK_VALID_MINUTES = 60;

// How long the step between password and code may take, resends included
// (for signing in, activating an account and resetting a password alike).
export const CHALLENGE_VALID_MINUTES = 30;

// Failed passwords lock the account for a while: 15 minutes at first,
// doubling with each lock, never more than a day and never for good.
export const MAX_FAILED_PASSWORD_ATTEMPTS = 10;
export const FIRST_LOCK_MINUTES = 15;
export const MAX_LOCK_HOURS = 24;

// Sessions end after 15 minutes without activity, and after 12 hours in
// any case. lastSeenAt is written at most once a minute.
export const SESSION_IDLE_MINUTES = 15;
export const SESSION_MAX_HOURS = 12;
export const SESSION_TOUCH_INTERVAL_SECONDS = 60;

// Where a signed-in person lands when nothing else was asked for.
export const CLIENT_LANDING_PATH = "/overzicht";
export const ADMIN_LANDING_PATH = "/admin";

// The longest password any form takes (its inputs' maxLength, and the
// server's check before hashing). Well above the rules' maximum, so that a
// password a little too long is still refused with the rule's own message,
// while a huge paste is cut off by the browser instead of failing the post.
export const MAX_PASSWORD_INPUT_LENGTH = 1024;
