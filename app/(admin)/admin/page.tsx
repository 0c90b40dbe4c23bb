import { getTranslations } from "next-intl/server";
import { requireAdminSession } from "@/lib/auth/session/require-session";

export default async function AdminHomePage() {
  const session = await requireAdminSession();
  const t = await getTranslations("auth.admin");

  return (
    <>
      <h1 className="text-2xl font-semibold sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("intro", { name: session.name })}</p>
    </>
  );
}
