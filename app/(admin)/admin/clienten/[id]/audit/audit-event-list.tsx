import { getFormatter, getTranslations } from "next-intl/server";
import { DATE_TIME_FORMAT } from "@/components/date-formats";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/audit-actions";
import type { ClientAuditEvent } from "@/lib/admin/audit/list-client-audit-events";

const cell = "px-3 py-3 align-top";

const OUTCOME_CLASS = {
  SUCCESS: "text-slate-800",
  FAILURE: "font-medium text-amber-900",
  DENIED: "font-medium text-red-800",
} as const;

function isKnownAction(action: string): action is AuditAction {
  return AUDIT_ACTIONS.includes(action as AuditAction);
}

// The events: a card each on a phone, a table on a wider screen; only one
// of the two is displayed (and read out) at a time.
export async function AuditEventList({ events }: { events: ClientAuditEvent[] }) {
  const t = await getTranslations("admin.audit");
  const format = await getFormatter();
  const rows = events.map((event) => ({
    id: event.id,
    when: (
      <time dateTime={event.occurredAt.toISOString()}>
        {format.dateTime(event.occurredAt, { ...DATE_TIME_FORMAT, second: "2-digit" })}
      </time>
    ),
    who:
      event.actor === null ? (
        <span className="italic">{t("system")}</span>
      ) : event.actor === "unknown" ? (
        <span className="italic">{t("unknownActor")}</span>
      ) : (
        <>
          <span className="block">{event.actor.name}</span>
          <span className="block break-all text-sm text-slate-600">{event.actor.email}</span>
        </>
      ),
    what: isKnownAction(event.action)
      ? t(`actions.${event.action}`)
      : t("unknownAction", { action: event.action }),
    outcome: <span className={OUTCOME_CLASS[event.outcome]}>{t(`outcomes.${event.outcome}`)}</span>,
    ip: event.ip ?? t("noIp"),
  }));

  return (
    <>
      <ul className="space-y-3 sm:hidden">
        {rows.map((row) => (
          <li key={row.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <p className="font-semibold">{row.what}</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="text-slate-600">{t("columns.when")}</dt>
              <dd>{row.when}</dd>
              <dt className="text-slate-600">{t("columns.who")}</dt>
              <dd>{row.who}</dd>
              <dt className="text-slate-600">{t("columns.outcome")}</dt>
              <dd>{row.outcome}</dd>
              <dt className="text-slate-600">{t("columns.ip")}</dt>
              <dd className="break-all">{row.ip}</dd>
            </dl>
          </li>
        ))}
      </ul>

      <div className="hidden overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm sm:block">
        <table className="w-full text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className={cell}>
                {t("columns.when")}
              </th>
              <th scope="col" className={cell}>
                {t("columns.who")}
              </th>
              <th scope="col" className={cell}>
                {t("columns.what")}
              </th>
              <th scope="col" className={cell}>
                {t("columns.outcome")}
              </th>
              <th scope="col" className={cell}>
                {t("columns.ip")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((row) => (
              <tr key={row.id}>
                <td className={`${cell} whitespace-nowrap`}>{row.when}</td>
                <td className={cell}>{row.who}</td>
                <td className={cell}>{row.what}</td>
                <td className={cell}>{row.outcome}</td>
                <td className={`${cell} break-all`}>{row.ip}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
