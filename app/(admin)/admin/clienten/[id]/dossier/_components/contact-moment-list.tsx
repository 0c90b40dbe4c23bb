import { getFormatter, getTranslations } from "next-intl/server";
import { DATE_FORMAT, DATE_TIME_FORMAT } from "@/components/date-formats";
import { EmptyState } from "@/components/empty-state";
import { editRecordPath } from "@/lib/admin/dossier/dossier-paths";
import type { ContactChannel } from "@/lib/dossier/dossier-types";
import { RecordActions } from "./record-actions";

type ContactMomentItem = {
  id: string;
  occurredAt: Date;
  channel: ContactChannel;
  withWhom: string;
  summary: string;
};

// Contact moments, newest first, each with a link to edit it.
export async function ContactMomentList(props: { clientId: string; moments: ContactMomentItem[] }) {
  const t = await getTranslations("adminDossier.contactMoments");
  const channels = await getTranslations("dossier.channels");
  const format = await getFormatter();
  if (props.moments.length === 0) return <EmptyState>{t("empty")}</EmptyState>;

  return (
    <ul className="divide-y divide-slate-200">
      {props.moments.map((moment) => (
        <li key={moment.id} className="py-4">
          <p className="text-slate-700">
            {t("byline", {
              date: format.dateTime(moment.occurredAt, DATE_TIME_FORMAT),
              channel: channels(moment.channel),
              withWhom: moment.withWhom,
            })}
          </p>
          <p className="mt-1 line-clamp-3 max-w-prose whitespace-pre-line text-slate-900">
            {moment.summary}
          </p>
          <RecordActions
            recordLabel={t("recordLabel", {
              date: format.dateTime(moment.occurredAt, DATE_FORMAT),
            })}
            links={[
              {
                href: editRecordPath(props.clientId, "contactmomenten", moment.id),
                label: t("edit"),
              },
            ]}
          />
        </li>
      ))}
    </ul>
  );
}
