import { getTranslations } from "next-intl/server";
import { sectionPath } from "@/lib/admin/dossier/dossier-paths";
import { getContactMomentToEdit } from "@/lib/dossier/admin/queries/get-contact-moment-to-edit";
import { formatLocalDateTime } from "@/lib/admin/dossier/time/local-date-time";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { getConfig } from "@/lib/config/config";
import { withDossierClient } from "@/lib/dossier/admin/queries/get-dossier-client";
import { readDossierAsAdmin } from "@/lib/dossier/admin/read-dossier-as-admin";
import { adminMetadata } from "../../../../../../_components/admin-metadata";
import { ContactMomentForm } from "../../../_components/contact-moment-form";
import { DossierFrame } from "../../../_components/dossier-frame";

export async function generateMetadata() {
  const t = await getTranslations("adminDossier.contactMoments");

  return adminMetadata(t("editTitle"));
}

type Props = { params: Promise<{ id: string; recordId: string }> };

// "Contactmoment bewerken". One of another client is not found.
export default async function EditContactMomentPage({ params }: Props) {
  const { id, recordId } = await params;
  const session = await requireAdminSession({ clientId: id });
  const { client, data: moment } = await readDossierAsAdmin(
    session,
    id,
    { page: "contact-moment", recordId },
    (scope) => withDossierClient(scope, getContactMomentToEdit(scope, recordId)),
  );
  const t = await getTranslations("adminDossier.contactMoments");

  return (
    <DossierFrame client={client} section="contactmomenten" title={t("editTitle")}>
      <ContactMomentForm
        clientId={client.id}
        edit={{ contactMomentId: moment.id, basedOnUpdatedAt: moment.updatedAt.toISOString() }}
        defaults={{
          occurredAt: formatLocalDateTime(moment.occurredAt, getConfig().timeZone),
          channel: moment.channel,
          withWhom: moment.withWhom,
          summary: moment.summary,
        }}
        cancelHref={sectionPath(client.id, "contactmomenten")}
      />
    </DossierFrame>
  );
}
