import { getFormatter, getTranslations } from "next-intl/server";
import { CALENDAR_DATE_FORMAT, DATE_TIME_FORMAT } from "@/components/date-formats";
import { DetailsList, type DetailsItem } from "@/components/details-list";
import { PageHeading } from "@/components/page-heading";
import { Panel } from "@/components/panel";
import { requireClientSession } from "@/lib/auth/session/require-session";
import { getConfig } from "@/lib/config/config";
import { getAccountDetails } from "@/lib/dossier/queries/get-account-details";
import { readDossier } from "@/lib/dossier/read-dossier";
import { pageMetadata } from "../_components/page-title";
import { ChangePasswordSection } from "./wachtwoord/change-password-section";

export async function generateMetadata() {
  const t = await getTranslations("account.details");

  return pageMetadata(t("title"));
}

// The account's own details. Changing the password is a section of its
// own on this page, below the details.
export default async function AccountDetailsPage() {
  const session = await requireClientSession();
  const { account, client } = await readDossier(session, { page: "account-details" }, (scope) =>
    getAccountDetails(scope),
  );
  const t = await getTranslations("account.details");
  const format = await getFormatter();
  const { portalName, supportEmail, supportPhone } = getConfig();

  const items: DetailsItem[] = [
    { label: t("name"), value: account.name },
    { label: t("email"), value: account.email },
    { label: t("clientNumber"), value: client.clientNumber },
  ];
  if (client.dateOfBirth) {
    items.push({
      label: t("dateOfBirth"),
      value: format.dateTime(client.dateOfBirth, CALENDAR_DATE_FORMAT),
    });
  }
  items.push({
    label: t("previousLogin"),
    value: account.previousLoginAt
      ? format.dateTime(account.previousLoginAt, DATE_TIME_FORMAT)
      : t("noPreviousLogin"),
  });

  return (
    <>
      <PageHeading title={t("title")} intro={t("intro", { portalName })} />

      <div className="space-y-6">
        <Panel id="uw-gegevens" title={t("personalTitle")}>
          <DetailsList items={items} />
          {account.previousLoginAt && (
            <p className="mt-4 max-w-prose text-slate-700">{t("previousLoginHint")}</p>
          )}
          <p className="mt-4 max-w-prose text-slate-700">
            {t("correction", { email: supportEmail, phone: supportPhone })}
          </p>
        </Panel>

        <ChangePasswordSection />
      </div>
    </>
  );
}
