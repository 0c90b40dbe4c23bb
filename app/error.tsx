"use client";

import { useTranslations } from "next-intl";

// Shown for any unexpected server or render error: never the error itself.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");

  return (
    <main id="inhoud" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">{t("unexpectedTitle")}</h1>
      <p className="mt-4 text-slate-700">{t("unexpectedText")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
      >
        {t("tryAgain")}
      </button>
    </main>
  );
}
