"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import {
  forgotPasswordAction,
  type ForgotPasswordState,
} from "@/lib/accounts/password-reset/forgot-password-action";
import { EmailField } from "@/lib/auth/components/email-field";
import { formStyles } from "@/lib/auth/components/form-styles";
import { loginErrorValues } from "@/lib/auth/errors/login-error-values";
import { RESET_LINK_VALID_MINUTES } from "@/lib/auth/constants";

// Asks for a reset link. Every well-formed address gets the same answer.
export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState<ForgotPasswordState, FormData>(
    forgotPasswordAction,
    {},
  );
  const answerRef = useRef<HTMLDivElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!state.answeredAt) return;
    if (state.fieldError) emailRef.current?.focus();
    else answerRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} noValidate className="mt-6 space-y-6">
      {state.sent && (
        <div
          key={`sent-${state.answeredAt}`}
          ref={answerRef}
          role="status"
          tabIndex={-1}
          className={formStyles.status}
        >
          {t("forgotPassword.sent", { minutes: RESET_LINK_VALID_MINUTES })}
        </div>
      )}
      {state.error && !state.fieldError && (
        <div
          key={`error-${state.answeredAt}`}
          ref={answerRef}
          role="alert"
          tabIndex={-1}
          className={formStyles.alert}
        >
          {t(`errors.${state.error}`, loginErrorValues(state))}
        </div>
      )}

      <EmailField
        inputRef={emailRef}
        label={t("forgotPassword.email")}
        error={state.fieldError && t(`fieldErrors.${state.fieldError}`)}
        key={`email-${state.answeredAt ?? "empty"}`}
        defaultValue={state.email}
      />

      <button type="submit" disabled={pending} className={formStyles.primaryButton}>
        {pending ? t("forgotPassword.submitting") : t("forgotPassword.submit")}
      </button>
    </form>
  );
}
