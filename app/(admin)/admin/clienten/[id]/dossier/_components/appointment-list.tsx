import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/badge";
import { DATE_FORMAT, DAY_FORMAT, TIME_FORMAT } from "@/components/date-formats";
import { EmptyState } from "@/components/empty-state";
import { upperFirst } from "@/components/upper-first";
import { cancelAppointmentPath, editRecordPath } from "@/lib/admin/dossier/dossier-paths";
import type { AppointmentStatus } from "@/lib/dossier/dossier-types";
import { RecordActions } from "./record-actions";

type AppointmentItem = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  careWorker: string;
  description: string;
  status: AppointmentStatus;
  cancelReason: string | null;
};

type AppointmentListProps = { clientId: string; appointments: AppointmentItem[]; empty: string };

// Appointments with when, where and with whom; a scheduled one can be
// changed or cancelled, a cancelled one shows why.
export async function AppointmentList({ clientId, appointments, empty }: AppointmentListProps) {
  const t = await getTranslations("adminDossier.appointments");
  const format = await getFormatter();
  if (appointments.length === 0) return <EmptyState>{empty}</EmptyState>;

  return (
    <ul className="divide-y divide-slate-200">
      {appointments.map((appointment) => {
        const cancelled = appointment.status === "CANCELLED";
        const label = t("recordLabel", {
          date: format.dateTime(appointment.startsAt, DATE_FORMAT),
        });

        return (
          <li key={appointment.id} className="py-4">
            <p className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
              <span className={cancelled ? "line-through" : undefined}>
                {appointment.description}
              </span>
              {cancelled ? <Badge tone="danger">{t("cancelled")}</Badge> : null}
            </p>
            <p className="text-slate-700">
              {t("time", {
                date: upperFirst(format.dateTime(appointment.startsAt, DAY_FORMAT)),
                start: format.dateTime(appointment.startsAt, TIME_FORMAT),
                end: format.dateTime(appointment.endsAt, TIME_FORMAT),
              })}
            </p>
            <p className="text-slate-700">
              {t("at", { location: appointment.location })} ·{" "}
              {t("with", { name: appointment.careWorker })}
            </p>
            {cancelled && appointment.cancelReason ? (
              <p className="text-slate-700">
                {t("cancelReason", { reason: appointment.cancelReason })}
              </p>
            ) : null}
            {cancelled ? null : (
              <RecordActions
                recordLabel={label}
                links={[
                  { href: editRecordPath(clientId, "afspraken", appointment.id), label: t("edit") },
                  { href: cancelAppointmentPath(clientId, appointment.id), label: t("cancel") },
                ]}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
