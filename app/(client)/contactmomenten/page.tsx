import { getFormatter, getTranslations } from "next-intl/server";
import { DAY_FORMAT, TIME_FORMAT } from "@/components/date-formats";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { upperFirst } from "@/components/upper-first";
import { requireClientSession } from "@/lib/auth/session/require-session";
import { getConfig } from "@/lib/config/config";
import { listContactMoments } from "@/lib/dossier/queries/list-contact-moments";
import { readDossier } from "@/lib/dossier/read-dossier";
import { ChannelIcon } from "../_components/channel-icon";
import { pageMetadata } from "../_components/page-title";

export async function generateMetadata() {
  const t = await getTranslations("dossier.contactMoments");

  return pageMetadata(t("title"));
}

// A timeline of calls, visits, e-mails and video calls, newest first.
export default async function ContactMomentsPage() {
  const session = await requireClientSession();
  const moments = await readDossier(session, { page: "contact-moments" }, (scope) =>
    listContactMoments(scope),
  );
  const t = await getTranslations("dossier");
  const format = await getFormatter();

  return (
    <>
      <PageHeading
        title={t("contactMoments.title")}
        intro={t("contactMoments.intro", { organisation: getConfig().organisationName })}
      />

      {moments.length === 0 ? (
        <EmptyState>{t("contactMoments.empty")}</EmptyState>
      ) : (
        <ol className="relative space-y-4 border-l-2 border-brand-100 pl-6 sm:ml-4">
          {moments.map((moment) => (
            <li key={moment.id} className="relative">
              <span className="absolute top-4 -left-[2.45rem] flex size-7 items-center justify-center rounded-full border-2 border-brand-100 bg-white text-brand-700">
                <ChannelIcon channel={moment.channel} />
              </span>
              <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <h2 className="text-lg font-semibold">
                  <time dateTime={moment.occurredAt.toISOString()}>
                    {upperFirst(format.dateTime(moment.occurredAt, DAY_FORMAT))},{" "}
                    {format.dateTime(moment.occurredAt, TIME_FORMAT)}
                  </time>
                </h2>
                <p className="mt-1 font-medium text-slate-800">
                  {t(`channels.${moment.channel}`)}
                  <span aria-hidden="true"> · </span>
                  <span className="sr-only">, </span>
                  {t("contactMoments.withWhom", { name: moment.withWhom })}
                </p>
                <p className="mt-2 max-w-prose whitespace-pre-line text-slate-900">{moment.summary}</p>
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
