import { useTranslations } from "next-intl";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../password-rules";

type Props = {
  // Referred to by the password field's aria-describedby.
  id: string;
  // When changing a password: it may not be the current one.
  includeCurrent?: boolean;
};

// The password rules, shown next to the field before anything is typed.
// The numbers come from the same constants checkPassword enforces.
export function PasswordRules({ id, includeCurrent = false }: Props) {
  const t = useTranslations("auth.passwordRules");

  return (
    <div id={id} className="rounded-md border border-slate-300 bg-slate-50 p-4">
      <p className="font-medium">{t("title")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
        <li>{t("length", { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}</li>
        <li>{t("anyCharacters")}</li>
        <li>{t("notCommon")}</li>
        <li>{t("notPersonal")}</li>
        {includeCurrent && <li>{t("notCurrent")}</li>}
      </ul>
      <p className="mt-2 text-sm text-slate-700">{t("tip")}</p>
    </div>
  );
}
