import { getTranslations } from "next-intl/server";
import type { ActionTokenPurpose } from "@/generated/prisma/enums";
import { getConfig } from "@/lib/config/config";
import { getDb } from "@/lib/db/client";
import { CODE_LENGTH } from "../constants";
import { challengeErrorKey } from "../errors/challenge-error-key";
import { isLoginErrorCode, RESTART_CHALLENGE_ERRORS } from "../errors/login-error-codes";
import { loginErrorValues } from "../errors/login-error-values";
import { findLinkAccount } from "../links/find-link-account";
import { ChoosePasswordForm } from "./choose-password-form";
import { InvalidLink } from "./invalid-link";
import { LINK_SECTIONS } from "./link-sections";

type Props = {
  purpose: ActionTokenPurpose;
  token: string;
  // ?error= from a code step that sent the person back here.
  error?: string;
};

// The page an activation or reset link opens: choose a password (twice,
// with the rules shown first). A link that cannot be used gets the same
// "this link does not work" page, whatever the reason.
export async function LinkPasswordPage({ purpose, token, error }: Props) {
  const link = await findLinkAccount(await getDb(), token, purpose, new Date());
  if (!link) return <InvalidLink purpose={purpose} />;

  const t = await getTranslations("auth");
  const section = LINK_SECTIONS[purpose];
  const restart =
    isLoginErrorCode(error) && RESTART_CHALLENGE_ERRORS.includes(error) ? error : null;
  const notice = restart
    ? t(challengeErrorKey(purpose, restart), loginErrorValues({}))
    : undefined;

  return (
    <>
      <h1 className="text-2xl font-semibold sm:text-3xl">{t(`${section}.title`)}</h1>
      <p className="mt-3 text-slate-700">
        {t(`${section}.intro`, { portalName: getConfig().portalName, length: CODE_LENGTH })}
      </p>
      {purpose === "PASSWORD_RESET" && (
        <p className="mt-2 text-slate-700">{t("reset.afterwards")}</p>
      )}

      <dl className="mt-6">
        <dt className="font-medium">{t(`${section}.email`)}</dt>
        <dd className="mt-1 text-lg break-all">{link.account.email}</dd>
      </dl>

      <ChoosePasswordForm
        purpose={purpose}
        token={token}
        email={link.account.email}
        submitLabel={t(`${section}.submit`)}
        submittingLabel={t(`${section}.submitting`)}
        notice={notice}
      />
    </>
  );
}
