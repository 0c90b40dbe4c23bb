import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ActionTokenPurpose } from "@/generated/prisma/enums";
import { hashActionToken } from "@/lib/accounts/tokens/hash-action-token";
import { readOpenChallenge } from "../challenges/read-open-challenge";
import { MAX_CODE_ATTEMPTS } from "../constants";
import { withErrorParam } from "../errors/with-error-param";
import { linkPagePath } from "../links/link-pages";
import { CodeStep } from "./code-step";
import { LINK_SECTIONS } from "./link-sections";

// A right code signs the person in; the login page then sends them to
// their role's home.
const AFTER_CODE_PATH = "/inloggen";

type Props = { purpose: ActionTokenPurpose; token: string };

// The code step after choosing a password on an activation or reset link.
// Only with an open challenge of this purpose, started from this very
// link; otherwise back to the link's page, with the reason.
export async function LinkCodePage({ purpose, token }: Props) {
  const now = new Date();
  const restartUrl = linkPagePath(purpose, token);

  const read = await readOpenChallenge(purpose, now);
  if (!read.open) redirect(read.error ? withErrorParam(restartUrl, read.error) : restartUrl);
  if (read.challenge.actionToken?.tokenHash !== hashActionToken(token)) redirect(restartUrl);

  const t = await getTranslations("auth");
  const section = LINK_SECTIONS[purpose];

  return (
    <CodeStep
      purpose={purpose}
      title={t(`${section}.codeTitle`)}
      attemptsText={t(`${section}.codeAttempts`, { attempts: MAX_CODE_ATTEMPTS })}
      note={t(`${section}.codeSubmitHint`)}
      successUrl={AFTER_CODE_PATH}
      restartUrl={restartUrl}
      startOverLabel={t(`${section}.startOver`)}
      challenge={read.challenge}
      now={now}
    />
  );
}
