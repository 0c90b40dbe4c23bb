import { cookies } from "next/headers";
import type { ChallengePurpose } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db/client";
import { challengeCookieSettings } from "../cookies/cookie-settings";
import type { LoginErrorCode } from "../errors/login-error-codes";
import { findChallenge, type FoundChallenge } from "./find-challenge";
import { judgeChallenge } from "./judge-challenge";

export type OpenChallengeRead =
  | { open: true; challenge: FoundChallenge }
  // `error` is null when the browser has no challenge at all.
  | { open: false; error: LoginErrorCode | null };

// For a code page: the open challenge of this purpose that the browser's
// cookie names, or why there is none.
export async function readOpenChallenge(
  purpose: ChallengePurpose,
  now: Date,
): Promise<OpenChallengeRead> {
  const reference = (await cookies()).get(challengeCookieSettings(purpose).name)?.value;
  if (!reference) return { open: false, error: null };

  const challenge = await findChallenge(await getDb(), reference, purpose);
  const closed = judgeChallenge(challenge, now);
  if (closed || !challenge) return { open: false, error: closed ?? "CHALLENGE_MISSING" };

  return { open: true, challenge };
}
