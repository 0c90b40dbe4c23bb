"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import {
  changePasswordAction,
  type ChangePasswordState,
} from "@/lib/accounts/password-change/change-password-action";
import { FormField } from "@/lib/auth/components/form-field";
import { formStyles } from "@/lib/auth/components/form-styles";
import { MAX_PASSWORD_INPUT_LENGTH } from "@/lib/auth/constants";
import { loginPageUrl } from "@/lib/auth/login/login-urls";
import { loginErrorValues } from "@/lib/auth/errors/login-error-values";
import { NewPasswordFields } from "@/lib/passwords/components/new-password-fields";

// Current password, then the new one twice. After each answer the fields
// are empty again (passwords are never sent back); a refusal says what to
// fix and focus goes there.
export function ChangePasswordForm() {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ChangePasswordState, FormData>(
    changePasswordAction,
    {},
  );
  const answerRef = useRef<HTMLDivElement>(null);
  const currentRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!state.answeredAt) return;
    const currentWrong = state.currentMissing || state.error === "CURRENT_PASSWORD_WRONG";
    if (currentWrong) currentRef.current?.focus();
    else if (state.problems?.length) passwordRef.current?.focus();
    else answerRef.current?.focus();
  }, [state]);

  const currentError = state.currentMissing
    ? t("account.changePassword.currentRequired")
    : state.error === "CURRENT_PASSWORD_WRONG"
      ? t("auth.errors.CURRENT_PASSWORD_WRONG")
      : undefined;
  const generalError =
    state.error === "SESSION_ENDED"
      ? t.rich("auth.errors.SESSION_ENDED", {
          link: (chunks) => (
            <a href={loginPageUrl()} className="underline">
              {chunks}
            </a>
          ),
        })
      : state.error && !currentError
        ? t(`auth.errors.${state.error}`, loginErrorValues(state))
        : undefined;

  return (
    <form action={formAction} noValidate className="max-w-xl space-y-6">
      {state.changed && (
        <div ref={answerRef} role="status" tabIndex={-1} className={formStyles.status}>
          <p>{t("account.changePassword.success", { ended: state.changed.endedSessions })}</p>
          <p className="mt-2">
            {state.changed.notified
              ? t("account.changePassword.mailSent")
              : t("account.changePassword.mailFailed")}
          </p>
        </div>
      )}
      {generalError && (
        <div
          key={`error-${state.answeredAt}`}
          ref={answerRef}
          role="alert"
          tabIndex={-1}
          className={formStyles.alert}
        >
          {generalError}
        </div>
      )}

      <FormField
        inputRef={currentRef}
        id="current-password"
        label={t("account.changePassword.current")}
        error={currentError}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        maxLength={MAX_PASSWORD_INPUT_LENGTH}
        required
      />

      <NewPasswordFields problems={state.problems} includeCurrentRule passwordRef={passwordRef} />

      <button type="submit" disabled={pending} className={formStyles.primaryButton}>
        {pending ? t("account.changePassword.submitting") : t("account.changePassword.submit")}
      </button>
    </form>
  );
}
