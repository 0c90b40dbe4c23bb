import { CODE_LENGTH, MAX_CODE_ATTEMPTS } from "../constants";

// The ICU arguments every message in auth.errors may use, filled from the
// failure and from the same constants the checks use.
export function loginErrorValues(failure: {
  retryAfterSeconds?: number;
  attemptsLeft?: number;
}): Record<"length" | "max" | "attemptsLeft" | "seconds" | "minutes", number> {
  const seconds = failure.retryAfterSeconds ?? 60;

  return {
    length: CODE_LENGTH,
    max: MAX_CODE_ATTEMPTS,
    attemptsLeft: failure.attemptsLeft ?? MAX_CODE_ATTEMPTS,
    seconds,
    minutes: Math.max(Math.ceil(seconds / 60), 1),
  };
}
