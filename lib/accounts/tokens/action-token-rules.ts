import {
  ACTIVATION_LINK_VALID_HOURS,
  RESET_LINK_VALID_MINUTES,
} from "@/lib/auth/constants";
import type { ActionTokenPurpose } from "@/generated/prisma/client";

// How long each kind of e-mailed link stays valid, in milliseconds.
export const ACTION_TOKEN_LIFETIME_MS: Record<ActionTokenPurpose, number> = {
  ACTIVATION: ACTIVATION_LINK_VALID_HOURS * 60 * 60 * 1000,
  PASSWORD_RESET: RESET_LINK_VALID_MINUTES * 60 * 1000,
};

// 32 random bytes: far beyond guessing, so a plain SHA-256 is enough to
// keep a stolen database from yielding usable links.
export const ACTION_TOKEN_BYTES = 32;
