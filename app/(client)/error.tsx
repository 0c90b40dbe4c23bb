"use client";

import { useTranslations } from "next-intl";

// An unexpected error on a client page: the header and menu stay usable,
// and the error itself is never shown.
export default function ClientError({ retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("dossier.layout");

  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p className="text-slate-700">{t("errorText")}</p>
      <button
        type="button"
        onClick={() => retry()}
        className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
      >
        {t("tryAgain")}
      </button>
    </div>
  );
}
