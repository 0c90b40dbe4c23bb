import { getTranslations } from "next-intl/server";
import { sectionPath } from "@/lib/admin/dossier/dossier-paths";
import { formatLocalDateTime } from "@/lib/admin/dossier/time/local-date-time";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { getConfig } from "@/lib/config/config";
import { getDossierClient } from "@/lib/dossier/admin/queries/get-dossier-client";
import { readDossierAsAdmin } from "@/lib/dossier/admin/read-dossier-as-admin";
import { adminMetadata } from "../../../../../_components/admin-metadata";
import { DossierFrame } from "../../_components/dossier-frame";
import { ReportForm } from "../../_components/report-form";

export async function generateMetadata() {
  const t = await getTranslations("adminDossier.reports");

  return adminMetadata(t("newTitle"));
}

type Props = { params: Promise<{ id: string }> };

// "Rapportage toevoegen", dated now unless changed.
export default async function NewReportPage({ params }: Props) {
  const { id } = await params;
  const session = await requireAdminSession({ clientId: id });
  const client = await readDossierAsAdmin(session, id, { page: "reports" }, getDossierClient);
  const t = await getTranslations("adminDossier.reports");
  const now = formatLocalDateTime(new Date(), getConfig().timeZone);

  return (
    <DossierFrame client={client} section="rapportages" title={t("newTitle")}>
      <ReportForm
        clientId={client.id}
        defaults={{ writtenAt: now, author: "", category: "", text: "" }}
        cancelHref={sectionPath(client.id, "rapportages")}
      />
    </DossierFrame>
  );
}
