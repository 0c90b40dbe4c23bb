import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { safeCallbackPath } from "@/lib/auth/callback-url/safe-callback-path";
import { readOpenChallenge } from "@/lib/auth/challenges/read-open-challenge";
import { CodeStep } from "@/lib/auth/components/code-step";
import { MAX_CODE_ATTEMPTS } from "@/lib/auth/constants";
import { landingPath } from "@/lib/auth/login/landing-path";
import { loginPageUrl } from "@/lib/auth/login/login-urls";
import { getCurrentSession } from "@/lib/auth/session/get-current-session";
import { getConfig } from "@/lib/config/config";
import { firstParam } from "../search-param";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.code");

  return { title: `${t("title")} - ${getConfig().portalName}` };
}

type SearchParams = Record<string, string | string[] | undefined>;

// Step 2: the code from the e-mail. Only reachable with an open challenge;
// otherwise back to step 1, with the reason when there is one.
export default async function CodePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const origin = getConfig().publicBaseUrl;
  const callbackUrl = safeCallbackPath(firstParam(params.callbackUrl), origin, "");

  const session = await getCurrentSession();
  if (session) redirect(landingPath(session.role, callbackUrl, origin));

  const now = new Date();
  const read = await readOpenChallenge("LOGIN", now);
  if (!read.open) redirect(loginPageUrl(callbackUrl, read.error ?? undefined));

  const t = await getTranslations("auth.code");

  return (
    <CodeStep
      purpose="LOGIN"
      title={t("title")}
      attemptsText={t("attempts", { attempts: MAX_CODE_ATTEMPTS })}
      successUrl={loginPageUrl(callbackUrl)}
      restartUrl={loginPageUrl(callbackUrl)}
      startOverLabel={t("startOver")}
      challenge={read.challenge}
      now={now}
    />
  );
}
