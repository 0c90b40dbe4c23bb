import { getTranslations } from "next-intl/server";
import { sectionPath } from "@/lib/admin/dossier/dossier-paths";
import { getReportToEdit } from "@/lib/dossier/admin/queries/get-report-to-edit";
import { formatLocalDateTime } from "@/lib/admin/dossier/time/local-date-time";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { getConfig } from "@/lib/config/config";
import { withDossierClient } from "@/lib/dossier/admin/queries/get-dossier-client";
import { readDossierAsAdmin } from "@/lib/dossier/admin/read-dossier-as-admin";
import { adminMetadata } from "../../../../../../_components/admin-metadata";
import { DossierFrame } from "../../../_components/dossier-frame";
import { ReportForm } from "../../../_components/report-form";

export async function generateMetadata() {
  const t = await getTranslations("adminDossier.reports");

  return adminMetadata(t("editTitle"));
}

type Props = { params: Promise<{ id: string; recordId: string }> };

// "Rapportage bewerken". A report of another client is not found (and the
// attempt is audited as denied).
export default async function EditReportPage({ params }: Props) {
  const { id, recordId } = await params;
  const session = await requireAdminSession({ clientId: id });
  const { client, data: report } = await readDossierAsAdmin(
    session,
    id,
    { page: "report", recordId },
    (scope) => withDossierClient(scope, getReportToEdit(scope, recordId)),
  );
  const t = await getTranslations("adminDossier.reports");

  return (
    <DossierFrame client={client} section="rapportages" title={t("editTitle")}>
      <ReportForm
        clientId={client.id}
        edit={{ reportId: report.id, basedOnUpdatedAt: report.updatedAt.toISOString() }}
        defaults={{
          writtenAt: formatLocalDateTime(report.writtenAt, getConfig().timeZone),
          author: report.author,
          category: report.category,
          text: report.text,
        }}
        cancelHref={sectionPath(client.id, "rapportages")}
      />
    </DossierFrame>
  );
}
