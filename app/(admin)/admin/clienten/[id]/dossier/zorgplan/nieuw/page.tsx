import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { sectionPath } from "@/lib/admin/dossier/dossier-paths";
import { formatCalendarDate } from "@/lib/admin/dossier/time/calendar-date";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { getConfig } from "@/lib/config/config";
import { portalToday } from "@/lib/dossier/care-plan/care-plan-in-force";
import { withDossierClient } from "@/lib/dossier/admin/queries/get-dossier-client";
import { readDossierAsAdmin } from "@/lib/dossier/admin/read-dossier-as-admin";
import { firstValue, type SearchParams } from "@/lib/dossier/params/search-params";
import { getCarePlan } from "@/lib/dossier/queries/get-care-plan";
import { adminMetadata } from "../../../../../_components/admin-metadata";
import { CarePlanForm } from "../../_components/care-plan-form";
import { DossierFrame } from "../../_components/dossier-frame";

export async function generateMetadata() {
  const t = await getTranslations("adminDossier.carePlan");

  return adminMetadata(t("newTitle"));
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const basisSchema = z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined);

// "Nieuwe versie van het zorgplan": empty, or with ?basis=N filled in
// with version N (that is how a care plan is edited). The form remembers
// the newest version as it was now, so a version saved by someone else in
// the meantime is not overwritten.
export default async function NewCarePlanVersionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const session = await requireAdminSession({ clientId: id });
  const basis = basisSchema.parse(firstValue((await searchParams).basis));
  const { client, data: view } = await readDossierAsAdmin(
    session,
    id,
    { page: "care-plan", version: basis },
    (scope) => withDossierClient(scope, getCarePlan(scope, basis)),
  );
  const t = await getTranslations("adminDossier.carePlan");

  const newest = view.versions[0]?.version ?? 0;
  const source = basis === undefined ? null : view.plan;
  const today = formatCalendarDate(portalToday(getConfig().timeZone));

  return (
    <DossierFrame client={client} section="zorgplan" title={t("newTitle")}>
      <p className="mb-6 max-w-prose text-slate-700">
        {source
          ? t("newFromIntro", { version: newest + 1, basedOn: source.version })
          : t("newIntro", { version: newest + 1 })}
      </p>
      <CarePlanForm
        clientId={client.id}
        basedOnVersion={newest}
        defaults={{
          validFrom: today,
          summary: source?.summary ?? "",
          createdBy: source?.createdBy ?? "",
          goals: source?.goals.map(({ title, description }) => ({ title, description })) ?? [
            { title: "", description: "" },
          ],
          agreements: source?.agreements.map(({ description, frequency, provider }) => ({
            description,
            frequency,
            provider,
          })) ?? [{ description: "", frequency: "", provider: "" }],
        }}
        cancelHref={sectionPath(client.id, "zorgplan")}
      />
    </DossierFrame>
  );
}
