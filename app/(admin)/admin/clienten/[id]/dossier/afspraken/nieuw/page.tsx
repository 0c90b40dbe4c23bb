import { getTranslations } from "next-intl/server";
import { sectionPath } from "@/lib/admin/dossier/dossier-paths";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { getDossierClient } from "@/lib/dossier/admin/queries/get-dossier-client";
import { readDossierAsAdmin } from "@/lib/dossier/admin/read-dossier-as-admin";
import { adminMetadata } from "../../../../../_components/admin-metadata";
import { AppointmentForm } from "../../_components/appointment-form";
import { DossierFrame } from "../../_components/dossier-frame";

export async function generateMetadata() {
  const t = await getTranslations("adminDossier.appointments");

  return adminMetadata(t("newTitle"));
}

type Props = { params: Promise<{ id: string }> };

// "Afspraak toevoegen".
export default async function NewAppointmentPage({ params }: Props) {
  const { id } = await params;
  const session = await requireAdminSession({ clientId: id });
  const client = await readDossierAsAdmin(session, id, { page: "appointments" }, getDossierClient);
  const t = await getTranslations("adminDossier.appointments");

  return (
    <DossierFrame client={client} section="afspraken" title={t("newTitle")}>
      <AppointmentForm
        clientId={client.id}
        defaults={{ startsAt: "", endsAt: "", location: "", careWorker: "", description: "" }}
        cancelHref={sectionPath(client.id, "afspraken")}
      />
    </DossierFrame>
  );
}
