import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/badge";
import { DAY_FORMAT, TIME_FORMAT } from "@/components/date-formats";
import { upperFirst } from "@/components/upper-first";

export type AppointmentSummaryData = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  description: string;
  careWorker: string;
  location?: string;
  status?: "SCHEDULED" | "CANCELLED";
  cancelReason?: string | null;
};

// One appointment in a list: when, what, where and with whom, and plainly
// whether it was cancelled.
export async function AppointmentSummary({ appointment }: { appointment: AppointmentSummaryData }) {
  const t = await getTranslations("dossier.appointments");
  const format = await getFormatter();
  const cancelled = appointment.status === "CANCELLED";

  return (
    <article
      className={`rounded-lg border p-4 ${cancelled ? "border-red-200 bg-red-50/40" : "border-slate-200 bg-white"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-lg font-semibold">
          <Link
            href={`/afspraken/${appointment.id}`}
            className="text-brand-700 underline underline-offset-4 hover:text-brand-800"
          >
            {appointment.description}
          </Link>
        </h3>
        {cancelled ? <Badge tone="danger">{t("statusCancelled")}</Badge> : null}
      </div>
      <p className="mt-1 font-medium text-slate-900">
        {upperFirst(format.dateTime(appointment.startsAt, DAY_FORMAT))},{" "}
        {t("time", {
          start: format.dateTime(appointment.startsAt, TIME_FORMAT),
          end: format.dateTime(appointment.endsAt, TIME_FORMAT),
        })}
      </p>
      <p className="mt-1 text-slate-700">
        {t("careWorker")}: {appointment.careWorker}
        {appointment.location ? (
          <>
            <span aria-hidden="true"> · </span>
            <span className="sr-only">, </span>
            {t("location")}: {appointment.location}
          </>
        ) : null}
      </p>
      {cancelled ? (
        <p className="mt-2 text-red-800">
          {appointment.cancelReason
            ? t("cancelReason", { reason: appointment.cancelReason })
            : t("cancelReasonUnknown")}
        </p>
      ) : null}
    </article>
  );
}
