import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Panel } from "@/components/panel";
import { newRecordPath } from "@/lib/admin/dossier/dossier-paths";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { withDossierClient } from "@/lib/dossier/admin/queries/get-dossier-client";
import { readDossierAsAdmin } from "@/lib/dossier/admin/read-dossier-as-admin";
import type { SearchParams } from "@/lib/dossier/params/search-params";
import { listAppointments } from "@/lib/dossier/queries/list-appointments";
import { adminMetadata } from "../../../../_components/admin-metadata";
import { adminStyles } from "../../../../_components/admin-styles";
import { AppointmentList } from "../_components/appointment-list";
import { readNotice } from "../_components/dossier-page-params";
import { DossierFrame } from "../_components/dossier-frame";
import { DossierNotice } from "../_components/dossier-notice";

export async function generateMetadata() {
  const t = await getTranslations("adminDossier.appointments");

  return adminMetadata(t("title"));
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// All appointments of the client: those still to come, then earlier ones.
export default async function AppointmentsSectionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const session = await requireAdminSession({ clientId: id });
  const { client, data } = await readDossierAsAdmin(
    session,
    id,
    { page: "appointments" },
    (scope) => withDossierClient(scope, listAppointments(scope)),
  );
  const t = await getTranslations("adminDossier.appointments");
  const notice = readNotice(await searchParams);

  return (
    <DossierFrame client={client} section="afspraken">
      {notice ? <DossierNotice notice={notice} /> : null}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <Link href={newRecordPath(client.id, "afspraken")} className={adminStyles.secondaryButton}>
          {t("add")}
        </Link>
      </div>
      <div className="space-y-6">
        <Panel id="komend" level={3} title={t("upcomingTitle")}>
          <AppointmentList
            clientId={client.id}
            appointments={data.upcoming}
            empty={t("upcomingEmpty")}
          />
        </Panel>
        <Panel id="eerder" level={3} title={t("pastTitle")}>
          <AppointmentList clientId={client.id} appointments={data.past} empty={t("pastEmpty")} />
        </Panel>
      </div>
    </DossierFrame>
  );
}
