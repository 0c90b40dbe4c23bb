import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { Panel } from "@/components/panel";
import { requireClientSession } from "@/lib/auth/session/require-session";
import { getConfig } from "@/lib/config/config";
import { listAppointments, type AppointmentItem } from "@/lib/dossier/queries/list-appointments";
import { readDossier } from "@/lib/dossier/read-dossier";
import { AppointmentSummary } from "../../_components/appointment-summary";
import { pageMetadata } from "../../_components/page-title";

export async function generateMetadata() {
  const t = await getTranslations("dossier.appointments");

  return pageMetadata(t("title"));
}

function AppointmentList({ items, empty }: { items: AppointmentItem[]; empty: string }) {
  if (items.length === 0) return <EmptyState>{empty}</EmptyState>;

  return (
    <ul className="space-y-3">
      {items.map((appointment) => (
        <li key={appointment.id}>
          <AppointmentSummary appointment={appointment} />
        </li>
      ))}
    </ul>
  );
}

export default async function AppointmentsPage() {
  const session = await requireClientSession();
  const { upcoming, past } = await readDossier(session, { page: "appointments" }, (scope) =>
    listAppointments(scope),
  );
  const t = await getTranslations("dossier.appointments");

  return (
    <>
      <PageHeading title={t("title")} intro={t("changeHint", { phone: getConfig().supportPhone })} />

      <div className="space-y-6">
        <Panel id="komende-afspraken" title={t("upcomingTitle")}>
          <AppointmentList items={upcoming} empty={t("upcomingEmpty")} />
        </Panel>
        <Panel id="eerdere-afspraken" title={t("pastTitle")}>
          <AppointmentList items={past} empty={t("pastEmpty")} />
        </Panel>
      </div>
    </>
  );
}
