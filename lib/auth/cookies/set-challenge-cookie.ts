import { cookies } from "next/headers";
import type { ChallengePurpose } from "@/generated/prisma/enums";
import { CHALLENGE_VALID_MINUTES } from "../constants";
import { challengeCookieSettings } from "./cookie-settings";

// Hands the browser the reference to the challenge just started, for as
// long as the challenge can be finished.
export async function setChallengeCookie(
  purpose: ChallengePurpose,
  reference: string,
): Promise<void> {
  const cookie = challengeCookieSettings(purpose);

  (await cookies()).set(cookie.name, reference, {
    ...cookie.options,
    maxAge: CHALLENGE_VALID_MINUTES * 60,
  });
}
