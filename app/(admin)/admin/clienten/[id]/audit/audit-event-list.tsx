import { getFormatter, getTranslations } from "next-intl/server";
import { DATE_TIME_FORMAT } from "@/components/date-formats";
import { tableCell, WideTable } from "@/components/wide-table";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/audit-actions";
import type { ClientAuditEvent } from "@/lib/admin/audit/list-client-audit-events";

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
export async function AuditEventList({
  events,
}: {
  events: ClientAuditEvent[];
}) {
  const t = await getTranslations("admin.audit");
  const format = await getFormatter();
  const rows = events.map((event) => ({
    id: event.id,
    when: (
      <time dateTime={event.occurredAt.toISOString()}>
        {format.dateTime(event.occurredAt, {
          ...DATE_TIME_FORMAT,
          second: "2-digit",
        })}
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
          <span className="block break-all text-sm text-slate-600">
            {event.actor.email}
          </span>
        </>
      ),
    what: isKnownAction(event.action)
      ? t(`actions.${event.action}`)
      : t("unknownAction", { action: event.action }),
    outcome: (
      <span className={OUTCOME_CLASS[event.outcome]}>
        {t(`outcomes.${event.outcome}`)}
      </span>
    ),
    ip: event.ip ?? t("noIp"),
  }));

  return (
    <>
      <ul className="space-y-3 sm:hidden">
        {rows.map((row) => (
          <li
            key={row.id}
            className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
          >
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

      <WideTable
        caption={t("caption")}
        columns={[
          t("columns.when"),
          t("columns.who"),
          t("columns.what"),
          t("columns.outcome"),
          t("columns.ip"),
        ]}
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <td className={`${tableCell} whitespace-nowrap`}>{row.when}</td>
            <td className={tableCell}>{row.who}</td>
            <td className={tableCell}>{row.what}</td>
            <td className={tableCell}>{row.outcome}</td>
            <td className={`${tableCell} break-all`}>{row.ip}</td>
          </tr>
        ))}
      </WideTable>
    </>
  );
}
