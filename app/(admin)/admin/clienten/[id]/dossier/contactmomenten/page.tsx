import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { newRecordPath } from "@/lib/admin/dossier/dossier-paths";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { withDossierClient } from "@/lib/dossier/admin/queries/get-dossier-client";
import { readDossierAsAdmin } from "@/lib/dossier/admin/read-dossier-as-admin";
import type { SearchParams } from "@/lib/dossier/params/search-params";
import { listContactMoments } from "@/lib/dossier/queries/list-contact-moments";
import { adminMetadata } from "../../../../_components/admin-metadata";
import { adminStyles } from "../../../../_components/admin-styles";
import { ContactMomentList } from "../_components/contact-moment-list";
import { readNotice } from "../_components/dossier-page-params";
import { DossierFrame } from "../_components/dossier-frame";
import { DossierNotice } from "../_components/dossier-notice";

export async function generateMetadata() {
  const t = await getTranslations("adminDossier.contactMoments");

  return adminMetadata(t("title"));
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// All contact moments of the client, newest first.
export default async function ContactMomentsSectionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const session = await requireAdminSession({ clientId: id });
  const { client, data } = await readDossierAsAdmin(
    session,
    id,
    { page: "contact-moments" },
    (scope) => withDossierClient(scope, listContactMoments(scope)),
  );
  const t = await getTranslations("adminDossier.contactMoments");
  const notice = readNotice(await searchParams);

  return (
    <DossierFrame client={client} section="contactmomenten">
      {notice ? <DossierNotice notice={notice} /> : null}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <Link
          href={newRecordPath(client.id, "contactmomenten")}
          className={adminStyles.secondaryButton}
        >
          {t("add")}
        </Link>
      </div>
      <ContactMomentList clientId={client.id} moments={data} />
    </DossierFrame>
  );
}
