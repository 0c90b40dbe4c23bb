"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import type { DossierNotice as Notice } from "@/lib/admin/dossier/dossier-notices";
import { adminStyles } from "../../../../_components/admin-styles";

// The confirmation after a change, e.g. "De rapportage is opgeslagen".
// Dropped from the address once shown, so a reload does not repeat it.
export function DossierNotice({ notice }: { notice: Notice }) {
  const t = useTranslations("adminDossier.notices");

  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has("melding")) return;

    url.searchParams.delete("melding");
    window.history.replaceState(window.history.state, "", url);
  }, []);

  return (
    <div role="status" className={`mb-6 ${adminStyles.success}`}>
      {t(notice)}
    </div>
  );
}
