import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/back-link";
import { dossierPath, sectionPath, type DossierSection } from "@/lib/admin/dossier/dossier-paths";
import { clientPath } from "@/lib/admin/paths";
import type { DossierClient } from "@/lib/dossier/admin/queries/get-dossier-client";

const SECTIONS: DossierSection[] = ["zorgplan", "afspraken", "rapportages", "contactmomenten"];

type DossierFrameProps = {
  client: DossierClient;
  section: "overview" | DossierSection;
  // A form page's own title; without one the page is titled by the client.
  title?: string;
  children: React.ReactNode;
};

// Every admin dossier page: the way back to the client, whose dossier this
// is, and the sections of the dossier.
export async function DossierFrame({ client, section, title, children }: DossierFrameProps) {
  const t = await getTranslations("adminDossier");
  const heading = t("header.title", { name: client.name });
  const tabClass =
    "block rounded-md px-3 py-2 font-medium text-brand-700 hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white";

  return (
    <>
      <div className="mb-4">
        <BackLink href={clientPath(client.id)}>
          {t("header.backToClient", { name: client.name })}
        </BackLink>
      </div>

      <div className="mb-4 space-y-1">
        {title ? <p className="font-medium text-slate-700">{heading}</p> : null}
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{title ?? heading}</h1>
        <p className="text-slate-700">
          {t("header.clientNumber", { number: client.clientNumber })}
        </p>
      </div>

      <nav aria-label={t("header.navLabel")} className="mb-6 border-b border-slate-200 pb-3">
        <ul className="flex flex-wrap gap-1">
          {(["overview", ...SECTIONS] as const).map((item) => (
            <li key={item}>
              <Link
                href={item === "overview" ? dossierPath(client.id) : sectionPath(client.id, item)}
                aria-current={item === section ? "page" : undefined}
                className={tabClass}
              >
                {t(`nav.${item}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {children}
    </>
  );
}
