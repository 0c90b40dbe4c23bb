import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { RESET_LINK_VALID_MINUTES } from "@/lib/auth/constants";
import { getConfig } from "@/lib/config/config";
import { RATE_LIMIT_POLICIES } from "@/lib/rate-limit/policies";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgotPassword");

  return { title: `${t("title")} - ${getConfig().portalName}` };
}

// "Wachtwoord vergeten" (linked from the login page): ask for a link to
// choose a new password.
export default async function ForgotPasswordPage() {
  // Rendered per request: the contact details are read at run time.
  await connection();
  const t = await getTranslations("auth.forgotPassword");
  const { organisationName, supportEmail, supportPhone } = getConfig();

  return (
    <>
      <h1 className="text-2xl font-semibold sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("intro", { minutes: RESET_LINK_VALID_MINUTES })}</p>

      <ForgotPasswordForm />

      <p className="mt-6 text-slate-700">
        {t("notReceived", { max: RATE_LIMIT_POLICIES.passwordResetRequestPerAddress.points })}
      </p>
      <p className="mt-4 text-slate-700">
        {t("help", { organisationName, email: supportEmail, phone: supportPhone })}
      </p>
      <p className="mt-6">
        <Link href="/inloggen" className="text-brand-700 underline underline-offset-2">
          {t("backToLogin")}
        </Link>
      </p>
    </>
  );
}
