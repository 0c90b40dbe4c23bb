import { getTranslations } from "next-intl/server";
import { Panel } from "@/components/panel";
import { ChangePasswordForm } from "./change-password-form";

// "Wachtwoord wijzigen" on the account details page (/informatie#wachtwoord-wijzigen).
export async function ChangePasswordSection() {
  const t = await getTranslations("account.changePassword");

  return (
    <Panel id="wachtwoord-wijzigen" title={t("title")}>
      <p className="mb-6 max-w-prose text-slate-700">{t("intro")}</p>
      <ChangePasswordForm />
      <p className="mt-6 max-w-prose text-slate-700">{t("forgot")}</p>
    </Panel>
  );
}
