import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { safeCallbackPath } from "@/lib/auth/callback-url/safe-callback-path";
import { RESTART_CHALLENGE_ERRORS } from "@/lib/auth/errors/login-error-codes";
import { decodeLoginFailure } from "@/lib/auth/errors/login-error-transport";
import { loginErrorValues } from "@/lib/auth/errors/login-error-values";
import { landingPath } from "@/lib/auth/login/landing-path";
import { getCurrentSession } from "@/lib/auth/session/get-current-session";
import { getConfig } from "@/lib/config/config";
import { LoginForm } from "./login-form";
import { firstParam } from "./search-param";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.login");

  return { title: `${t("title")} - ${getConfig().portalName}` };
}

type SearchParams = Record<string, string | string[] | undefined>;

// Step 1: e-mail address and password. Someone already signed in goes
// straight on to where they were headed.
export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const origin = getConfig().publicBaseUrl;
  const callbackUrl = safeCallbackPath(firstParam(params.callbackUrl), origin, "");

  const session = await getCurrentSession();
  if (session) redirect(landingPath(session.role, callbackUrl, origin));

  const t = await getTranslations("auth");
  const loggedOut = firstParam(params.uitgelogd) === "1";
  const errorParam = firstParam(params.error);
  const failure = errorParam === undefined ? null : decodeLoginFailure(errorParam);
  const restartError =
    failure && RESTART_CHALLENGE_ERRORS.includes(failure.error) ? failure.error : failure && "UNEXPECTED";

  return (
    <>
      <h1 className="text-2xl font-semibold sm:text-3xl">{t("login.title")}</h1>
      <p className="mt-3 text-slate-700">{t("login.intro")}</p>

      {loggedOut && (
        <p role="status" className="mt-6 rounded-md border border-brand-600 bg-brand-50 p-4">
          {t("login.loggedOut")}
        </p>
      )}

      <LoginForm
        callbackUrl={callbackUrl}
        notice={restartError ? t(`errors.${restartError}`, loginErrorValues({})) : undefined}
      />

      <p className="mt-6">
        <Link href="/wachtwoord-vergeten" className="text-brand-700 underline underline-offset-2">
          {t("login.forgotPassword")}
        </Link>
      </p>
      <p className="mt-4 text-slate-700">{t("login.noAccount")}</p>
    </>
  );
}
