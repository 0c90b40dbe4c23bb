import type { AccountRole } from "@/generated/prisma/enums";
import { safeCallbackPath } from "../callback-url/safe-callback-path";
import { ADMIN_LANDING_PATH, CLIENT_LANDING_PATH } from "../constants";

// Where a signed-in person goes from the login pages: the callbackUrl they
// came with when it is safe, otherwise their role's home. A callbackUrl
// back into the login pages would go round in circles, so it is ignored.
export function landingPath(role: AccountRole, callbackUrl: unknown, origin: string): string {
  const home = role === "ADMIN" ? ADMIN_LANDING_PATH : CLIENT_LANDING_PATH;
  const path = safeCallbackPath(callbackUrl, origin, home);

  return /^\/inloggen(?:[/?#]|$)/.test(path) ? home : path;
}
