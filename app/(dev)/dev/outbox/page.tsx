import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { isOutboxActive } from "@/lib/mail/outbox/is-outbox-active";
import { isOutboxPageEnabled } from "@/lib/mail/outbox/is-outbox-page-enabled";
import {
  listOutboxMessages,
  OUTBOX_LIST_LIMIT,
} from "@/lib/mail/outbox/list-outbox-messages";
import { LinkedText } from "./linked-text";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("email.outbox");

  return { title: t("title") };
}

// Development outbox: the mail this server would have sent, newest first.
export default async function DevOutboxPage() {
  if (!isOutboxPageEnabled()) notFound();

  const t = await getTranslations("email.outbox");
  const format = await getFormatter();
  const messages = await listOutboxMessages();

  return (
    <main id="inhoud" className="mx-auto max-w-3xl p-4 sm:p-8">
      <p className="inline-block rounded bg-amber-200 px-2 py-1 text-sm font-bold text-amber-950">
        {t("badge")}
      </p>
      <h1 className="mt-3 text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-lg">{t("description", { count: OUTBOX_LIST_LIMIT })}</p>
      {!isOutboxActive() && (
        <p className="mt-4 rounded border border-amber-400 bg-amber-50 p-3">
          {t("transportInactive")}
        </p>
      )}

      {messages.length === 0 ? (
        <p className="mt-8 text-lg">{t("empty")}</p>
      ) : (
        <ol className="mt-8 space-y-6">
          {messages.map((message, index) => (
            <li key={index} className="rounded border border-gray-300 bg-white p-4">
              <h2 className="text-xl font-bold">{message.subject}</h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-gray-700">
                <dt>{t("to")}</dt>
                <dd className="break-all">{message.to}</dd>
                <dt>{t("sentAt")}</dt>
                <dd>
                  <time dateTime={message.sentAt.toISOString()}>
                    {format.dateTime(message.sentAt, { dateStyle: "medium", timeStyle: "medium" })}
                  </time>
                </dd>
              </dl>
              <pre className="mt-3 whitespace-pre-wrap break-words rounded bg-gray-50 p-3 font-sans">
                <LinkedText text={message.text} />
              </pre>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
