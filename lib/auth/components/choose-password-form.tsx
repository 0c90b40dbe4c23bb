"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionTokenPurpose } from "@/generated/prisma/enums";
import { NewPasswordFields } from "@/lib/passwords/components/new-password-fields";
import {
  chooseLinkPasswordAction,
  type ChoosePasswordState,
} from "../actions/choose-link-password-action";
import { loginErrorValues } from "../errors/login-error-values";
import { formStyles } from "./form-styles";

type Props = {
  purpose: ActionTokenPurpose;
  token: string;
  // The account's address, for password managers to store the new
  // password under.
  email: string;
  submitLabel: string;
  submittingLabel: string;
  // Why the person is back here, e.g. too many wrong codes.
  notice?: string;
};

// Choosing a password on an activation or reset link's page. On success
// the action moves on to the code page; on a refusal the form says why
// and where.
export function ChoosePasswordForm(props: Props) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState<ChoosePasswordState, FormData>(
    chooseLinkPasswordAction,
    {},
  );
  const alertRef = useRef<HTMLDivElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // After a refusal, focus goes to the password field when a rule was
  // broken, else to the message.
  useEffect(() => {
    if (!state.answeredAt) return;
    if (state.problems?.length) passwordRef.current?.focus();
    else alertRef.current?.focus();
  }, [state]);

  const message = state.error ? t(`errors.${state.error}`, loginErrorValues(state)) : props.notice;

  return (
    <form action={formAction} noValidate className="mt-6 space-y-6">
      {message && (
        <div
          key={`error-${state.answeredAt}`}
          ref={alertRef}
          role="alert"
          tabIndex={-1}
          className={formStyles.alert}
        >
          {message}
        </div>
      )}

      <input type="hidden" name="purpose" value={props.purpose} />
      <input type="hidden" name="token" value={props.token} />
      <input
        type="email"
        name="username"
        autoComplete="username"
        value={props.email}
        readOnly
        hidden
      />

      <NewPasswordFields problems={state.problems} passwordRef={passwordRef} />

      <button type="submit" disabled={pending} className={formStyles.primaryButton}>
        {pending ? props.submittingLabel : props.submitLabel}
      </button>
    </form>
  );
}
