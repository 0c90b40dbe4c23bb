import { getTranslations } from "next-intl/server";
import { sectionPath } from "@/lib/admin/dossier/dossier-paths";
import { formatLocalDateTime } from "@/lib/admin/dossier/time/local-date-time";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { getConfig } from "@/lib/config/config";
import { getDossierClient } from "@/lib/dossier/admin/queries/get-dossier-client";
import { readDossierAsAdmin } from "@/lib/dossier/admin/read-dossier-as-admin";
import { adminMetadata } from "../../../../../_components/admin-metadata";
import { ContactMomentForm } from "../../_components/contact-moment-form";
import { DossierFrame } from "../../_components/dossier-frame";

export async function generateMetadata() {
  const t = await getTranslations("adminDossier.contactMoments");

  return adminMetadata(t("newTitle"));
}

type Props = { params: Promise<{ id: string }> };

// "Contactmoment toevoegen", dated now unless changed.
export default async function NewContactMomentPage({ params }: Props) {
  const { id } = await params;
  const session = await requireAdminSession({ clientId: id });
  const client = await readDossierAsAdmin(
    session,
    id,
    { page: "contact-moments" },
    getDossierClient,
  );
  const t = await getTranslations("adminDossier.contactMoments");
  const now = formatLocalDateTime(new Date(), getConfig().timeZone);

  return (
    <DossierFrame client={client} section="contactmomenten" title={t("newTitle")}>
      <ContactMomentForm
        clientId={client.id}
        defaults={{ occurredAt: now, channel: "", withWhom: "", summary: "" }}
        cancelHref={sectionPath(client.id, "contactmomenten")}
      />
    </DossierFrame>
  );
}
