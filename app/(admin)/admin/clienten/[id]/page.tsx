import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/back-link";
import { CALENDAR_DATE_FORMAT, DATE_TIME_FORMAT } from "@/components/date-formats";
import { DetailsList } from "@/components/details-list";
import { PageHeading } from "@/components/page-heading";
import { Panel } from "@/components/panel";
import { accountState } from "@/lib/accounts/account-state";
import { availableAccountActions } from "@/lib/admin/accounts/available-account-actions";
import { recordAdminAccess } from "@/lib/admin/audit/record-admin-access";
import { getClientForAdmin } from "@/lib/admin/clients/get-client-for-admin";
import { currentAdminActor } from "@/lib/admin/current-admin-actor";
import { parseNotice } from "@/lib/admin/params/parse-notice";
import {
  CLIENTS_PATH,
  clientAuditPath,
  clientDossierPath,
  editClientPath,
} from "@/lib/admin/paths";
import { RESET_LINK_VALID_MINUTES } from "@/lib/auth/constants";
import type { SearchParams } from "@/lib/dossier/params/search-params";
import { AccountActions } from "../../_components/account-actions";
import { adminMetadata } from "../../_components/admin-metadata";
import { adminStyles } from "../../_components/admin-styles";
import { LastLogin } from "../../_components/last-login";
import { NoticeBanner } from "../../_components/notice-banner";
import { StateBadge } from "../../_components/state-badge";

export async function generateMetadata() {
  const t = await getTranslations("admin.clients.details");

  return adminMetadata(t("detailsTitle"));
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// /admin/clienten/[id]: a client's details, the state of their account,
// what can be done with it, and the way to their dossier and audit log.
export default async function ClientPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await currentAdminActor({ clientId: id });
  const { client, account } = await getClientForAdmin(id);
  await recordAdminAccess(actor, { clientId: client.id, view: "client" });
  const notice = parseNotice(await searchParams);
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const state = account ? accountState(account) : null;
  const operations = state ? availableAccountActions(state, account?.id === actor.accountId) : [];

  return (
    <>
      <div className="mb-4">
        <BackLink href={CLIENTS_PATH}>{t("common.backToClients")}</BackLink>
      </div>
      {notice ? <NoticeBanner notice={notice} /> : null}
      <PageHeading title={client.name} />

      <nav aria-label={t("clients.details.linksLabel")} className="mb-6">
        <ul className="flex flex-wrap gap-3">
          <li>
            <Link href={editClientPath(client.id)} className={adminStyles.primaryButton}>
              {t("clients.details.edit")}
            </Link>
          </li>
          <li>
            <Link href={clientDossierPath(client.id)} className={adminStyles.secondaryButton}>
              {t("clients.details.dossier")}
            </Link>
          </li>
          <li>
            <Link href={clientAuditPath(client.id)} className={adminStyles.secondaryButton}>
              {t("clients.details.audit")}
            </Link>
          </li>
        </ul>
      </nav>

      <div className="space-y-6">
        <Panel id="gegevens" title={t("clients.details.detailsTitle")}>
          <DetailsList
            items={[
              { label: t("clients.details.name"), value: client.name },
              { label: t("clients.details.clientNumber"), value: client.clientNumber },
              {
                label: t("clients.details.dateOfBirth"),
                value: client.dateOfBirth
                  ? format.dateTime(client.dateOfBirth, CALENDAR_DATE_FORMAT)
                  : t("common.notGiven"),
              },
              {
                label: t("clients.details.createdAt"),
                value: format.dateTime(client.createdAt, DATE_TIME_FORMAT),
              },
            ]}
          />
        </Panel>

        <Panel id="account" title={t("clients.details.accountTitle")}>
          {account && state ? (
            <>
              <DetailsList
                items={[
                  {
                    label: t("clients.details.state"),
                    value: (
                      <div className="space-y-1">
                        <StateBadge state={state} />
                        <p className="text-slate-700">
                          {t(`stateHints.${state}`, {
                            until: account.lockedUntil
                              ? format.dateTime(account.lockedUntil, DATE_TIME_FORMAT)
                              : "",
                          })}
                        </p>
                      </div>
                    ),
                  },
                  {
                    label: t("clients.details.email"),
                    value: <span className="break-all">{account.email}</span>,
                  },
                  {
                    label: t("clients.details.lastLogin"),
                    value: <LastLogin at={account.lastLoginAt} />,
                  },
                ]}
              />
              <h3 className="mt-6 mb-3 text-lg font-semibold">
                {t("clients.details.actionsTitle")}
              </h3>
              <AccountActions
                accountId={account.id}
                accountName={client.name}
                operations={operations}
              />
              {operations.includes("resetPassword") ? (
                <p className="mt-3 text-sm text-slate-600">
                  {t("accountActions.resetHint", { minutes: RESET_LINK_VALID_MINUTES })}
                </p>
              ) : null}
            </>
          ) : (
            <p className="text-slate-700">{t("clients.details.noAccount")}</p>
          )}
        </Panel>
      </div>
    </>
  );
}
