import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CALENDAR_DATE_FORMAT } from "@/components/date-formats";
import { carePlanVersionPath } from "@/lib/admin/dossier/dossier-paths";
import { adminStyles } from "../../../../_components/admin-styles";

type Version = { version: number; validFrom: Date; planned: boolean };

type CarePlanVersionsProps = {
  clientId: string;
  versions: Version[];
  currentVersion: number | null;
  shownVersion?: number;
};

// Every version of the care plan, newest first, marked in force, planned
// or shown; each opens on its own.
export async function CarePlanVersions(props: CarePlanVersionsProps) {
  const t = await getTranslations("adminDossier.carePlan");
  const format = await getFormatter();

  return (
    <ul className="space-y-2">
      {props.versions.map((item) => {
        const shown = item.version === props.shownVersion;

        return (
          <li key={item.version}>
            <Link
              href={carePlanVersionPath(props.clientId, item.version)}
              aria-current={shown ? "page" : undefined}
              className={`${adminStyles.link} aria-[current=page]:font-semibold aria-[current=page]:text-slate-900 aria-[current=page]:no-underline`}
            >
              {t("versionLink", {
                version: item.version,
                validFrom: format.dateTime(item.validFrom, CALENDAR_DATE_FORMAT),
              })}
            </Link>{" "}
            {item.version === props.currentVersion ? (
              <span className="text-slate-700">{t("inForceMarker")}</span>
            ) : null}{" "}
            {item.planned ? <span className="text-slate-700">{t("plannedMarker")}</span> : null}{" "}
            {shown ? <span className="text-slate-700">{t("shownMarker")}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
