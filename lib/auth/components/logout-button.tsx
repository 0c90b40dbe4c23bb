import { getTranslations } from "next-intl/server";
import { logout } from "../actions/logout";

// "Uitloggen" for any page header: a plain form, so it works without
// JavaScript too.
export async function LogoutButton({ className }: { className?: string }) {
  const t = await getTranslations("auth");

  return (
    <form action={logout}>
      <button
        type="submit"
        className={
          className ??
          "rounded-md border border-slate-300 bg-white px-3 py-2 font-medium hover:bg-slate-100"
        }
      >
        {t("logout")}
      </button>
    </form>
  );
}
