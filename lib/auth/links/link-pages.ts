import type { ActionTokenPurpose } from "@/generated/prisma/enums";
import { ACTIVATION_PATH, PASSWORD_RESET_PATH } from "@/lib/accounts/tokens/action-links";

const LINK_PATHS: Record<ActionTokenPurpose, string> = {
  ACTIVATION: ACTIVATION_PATH,
  PASSWORD_RESET: PASSWORD_RESET_PATH,
};

// The page an e-mailed link opens (choose a password)...
export function linkPagePath(purpose: ActionTokenPurpose, token: string): string {
  return `${LINK_PATHS[purpose]}/${encodeURIComponent(token)}`;
}

// ...and the code step that follows it.
export function linkCodePagePath(purpose: ActionTokenPurpose, token: string): string {
  return `${linkPagePath(purpose, token)}/code`;
}
