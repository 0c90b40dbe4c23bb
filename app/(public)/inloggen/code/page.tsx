import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { safeCallbackPath } from "@/lib/auth/callback-url/safe-callback-path";
import {
  CODE_LENGTH,
  CODE_VALID_MINUTES,
  MAX_CODE_ATTEMPTS,
  MAX_CODE_RESENDS,
  RESEND_COOLDOWN_SECONDS,
} from "@/lib/auth/constants";
import { challengeCookieSettings } from "@/lib/auth/cookies/cookie-settings";
import { findLoginChallenge } from "@/lib/auth/login/find-login-challenge";
import { judgeChallenge } from "@/lib/auth/login/judge-challenge";
import { resendWaitSeconds } from "@/lib/auth/login/resend-wait-seconds";
import { landingPath } from "@/lib/auth/login/landing-path";
import { loginPageUrl } from "@/lib/auth/login/login-urls";
import { getCurrentSession } from "@/lib/auth/session/get-current-session";
import { getConfig } from "@/lib/config/config";
import { getDb } from "@/lib/db/client";
import { firstParam } from "../search-param";
import { CodeForm } from "./code-form";
import { ResendCodeForm } from "./resend-code-form";

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

  const reference = (await cookies()).get(challengeCookieSettings().name)?.value;
  if (!reference) redirect(loginPageUrl(callbackUrl));
  const challenge = await findLoginChallenge(await getDb(), reference);
  const now = new Date();
  const closed = judgeChallenge(challenge, now);
  if (closed) redirect(loginPageUrl(callbackUrl, closed));

  const t = await getTranslations("auth.code");

  return (
    <>
      <h1 className="text-2xl font-semibold sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 text-slate-700">
        {t("intro", { length: CODE_LENGTH, minutes: CODE_VALID_MINUTES })}
      </p>
      <p className="mt-2 text-slate-700">{t("attempts", { attempts: MAX_CODE_ATTEMPTS })}</p>

      <CodeForm callbackUrl={callbackUrl} />

      {/* No accessible name on purpose: "Geen code ontvangen?" would make this
          section a second match for the label "Code". */}
      <section className="mt-10 border-t border-slate-200 pt-6">
        <h2 className="text-lg font-semibold">
          {t("resendTitle")}
        </h2>
        <p className="mt-2 text-slate-700">
          {t("resendText", { seconds: RESEND_COOLDOWN_SECONDS, max: MAX_CODE_RESENDS })}
        </p>
        <ResendCodeForm
          callbackUrl={callbackUrl}
          waitSeconds={resendWaitSeconds(challenge?.lastCodeSentAt ?? null, now)}
          resendsLeft={1 + MAX_CODE_RESENDS - (challenge?.codesSent ?? 1)}
        />
      </section>

      <p className="mt-8">
        <Link href={loginPageUrl(callbackUrl)} className="text-brand-700 underline underline-offset-2">
          {t("startOver")}
        </Link>
      </p>
    </>
  );
}
