"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { startLoginAction, type StartLoginState } from "@/lib/auth/actions/start-login-action";
import { MAX_PASSWORD_INPUT_LENGTH } from "@/lib/auth/constants";
import { loginErrorValues } from "@/lib/auth/errors/login-error-values";
import { EmailField } from "@/lib/auth/components/email-field";
import { FormField } from "@/lib/auth/components/form-field";
import { formStyles } from "@/lib/auth/components/form-styles";

type Props = {
  // Already checked to be a safe path, or empty.
  callbackUrl: string;
  // A message from an earlier step, e.g. why the code step sent them back.
  notice?: string;
};

export function LoginForm({ callbackUrl, notice }: Props) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState<StartLoginState, FormData>(
    startLoginAction,
    {},
  );
  const alertRef = useRef<HTMLDivElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // After a refusal, focus goes to the first field to fix, or else to the
  // message, so keyboard and screen-reader users land where it matters.
  useEffect(() => {
    if (state.fieldErrors?.email) emailRef.current?.focus();
    else if (state.fieldErrors?.password) passwordRef.current?.focus();
    else if (state.error) alertRef.current?.focus();
  }, [state]);

  const message = state.error
    ? t(`errors.${state.error}`, loginErrorValues(state))
    : notice;
  const emailError = state.fieldErrors?.email;
  const passwordError = state.fieldErrors?.password;

  return (
    <form action={formAction} noValidate className="mt-6 space-y-6">
      {message && (
        <div ref={alertRef} role="alert" tabIndex={-1} className={formStyles.alert}>
          {message}
        </div>
      )}

      <input type="hidden" name="callbackUrl" value={callbackUrl} />

      <EmailField
        inputRef={emailRef}
        label={t("login.email")}
        error={emailError && t(`fieldErrors.${emailError}`)}
        key={state.email ?? ""}
        defaultValue={state.email}
      />

      <FormField
        inputRef={passwordRef}
        id="password"
        label={t("login.password")}
        error={passwordError && t(`fieldErrors.${passwordError}`)}
        name="password"
        type="password"
        autoComplete="current-password"
        maxLength={MAX_PASSWORD_INPUT_LENGTH}
        required
      />

      <button type="submit" disabled={pending} className={formStyles.primaryButton}>
        {pending ? t("login.submitting") : t("login.submit")}
      </button>
    </form>
  );
}
