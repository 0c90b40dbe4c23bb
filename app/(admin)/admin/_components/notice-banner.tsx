"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { isWarningNotice, type AdminNotice } from "@/lib/admin/admin-notices";
import { adminStyles } from "./admin-styles";

// The message after an action that led to this page, e.g. "De cliënt is
// aangemaakt". A warning (the mail did not go out) looks different and
// says so. The notice is dropped from the address once shown, so it does
// not come back on a reload or after the next action.
export function NoticeBanner({ notice }: { notice: AdminNotice }) {
  const t = useTranslations("admin.notices");

  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has("melding")) return;

    url.searchParams.delete("melding");
    window.history.replaceState(null, "", url);
  }, []);

  return (
    <div
      role="status"
      className={`mb-6 ${isWarningNotice(notice) ? adminStyles.warning : adminStyles.success}`}
    >
      {t(notice)}
    </div>
  );
}
