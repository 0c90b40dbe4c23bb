import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ActionTokenPurpose } from "@/generated/prisma/enums";
import { getConfig } from "@/lib/config/config";

// What an activation or reset link that cannot be used shows: the same
// for an unknown, used, replaced or expired link and whatever the
// account, with the way to a new one.
export async function InvalidLink({ purpose }: { purpose: ActionTokenPurpose }) {
  const t = await getTranslations("auth");
  const { organisationName, supportEmail, supportPhone } = getConfig();
  const contact = { organisationName, email: supportEmail, phone: supportPhone };

  if (purpose === "ACTIVATION") {
    return (
      <>
        <h1 className="text-2xl font-semibold sm:text-3xl">{t("activation.invalidTitle")}</h1>
        <p className="mt-3 text-slate-700">{t("activation.invalidText", { organisationName })}</p>
        <p className="mt-3 font-medium">{t("activation.contact", contact)}</p>
        <p className="mt-6 text-slate-700">{t("activation.alreadyActivated")}</p>
        <p className="mt-2">
          <Link href="/inloggen" className="text-brand-700 underline underline-offset-2">
            {t("activation.toLogin")}
          </Link>
        </p>
      </>
    );
  }

  return (
    <>
      <h1 className="text-2xl font-semibold sm:text-3xl">{t("reset.invalidTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("reset.invalidText")}</p>
      <p className="mt-4">
        <Link href="/wachtwoord-vergeten" className="text-brand-700 underline underline-offset-2">
          {t("reset.requestNew")}
        </Link>
      </p>
      <p className="mt-6 text-slate-700">{t("reset.contact", contact)}</p>
    </>
  );
}
