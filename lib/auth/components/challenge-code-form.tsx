"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { signIn } from "next-auth/react";
import type { ChallengePurpose } from "@/generated/prisma/enums";
import { CODE_LENGTH } from "../constants";
import { challengeErrorKey } from "../errors/challenge-error-key";
import { RESTART_CHALLENGE_ERRORS, type LoginFailure } from "../errors/login-error-codes";
import { decodeLoginFailure } from "../errors/login-error-transport";
import { loginErrorValues } from "../errors/login-error-values";
import { withErrorParam } from "../errors/with-error-param";
import { CODE_PROVIDER_ID } from "../next-auth/provider-id";
import { useHydrated } from "@/components/use-hydrated";
import { formStyles } from "./form-styles";

type Props = {
  purpose: ChallengePurpose;
  // Where to go once the code is right (and the session cookie is set).
  successUrl: string;
  // Where to start again when the challenge cannot be finished; the
  // reason is added as ?error=CODE.
  restartUrl: string;
};

// Posts the code to next-auth, whose authorize() checks it against the
// purpose's challenge cookie and, for activation and reset, makes the
// chosen password take effect.
export function ChallengeCodeForm({ purpose, successUrl, restartUrl }: Props) {
  const t = useTranslations("auth");
  const [failure, setFailure] = useState<LoginFailure | null>(null);
  const [pending, setPending] = useState(false);
  const [succeeded, setSucceeded] = useState(false);
  // The code goes to next-auth from script only. Until the script runs the
  // button stays disabled, so an early press cannot send the form the
  // browser's own way.
  const ready = useHydrated();
  const inputRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failure?.error === "CODE_FORMAT") inputRef.current?.focus();
    else if (failure) alertRef.current?.focus();
  }, [failure]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    setPending(true);
    setFailure(null);

    let error: string | null | undefined = "UNEXPECTED";
    try {
      const answer = await signIn(CODE_PROVIDER_ID, { code, purpose, redirect: false });
      error = answer?.ok ? answer.error : (answer?.error ?? "UNEXPECTED");
    } catch {
      // A network failure: told as an unexpected error below.
    }

    if (!error) {
      setSucceeded(true);
      window.location.assign(successUrl);
      return;
    }

    const refusal = decodeLoginFailure(error);
    if (RESTART_CHALLENGE_ERRORS.includes(refusal.error)) {
      window.location.assign(withErrorParam(restartUrl, refusal.error));
      return;
    }
    setFailure({ ...refusal });
    setPending(false);
  }

  const invalid = failure?.error === "CODE_FORMAT" || failure?.error === "CODE_INVALID";

  return (
    <form method="post" onSubmit={submit} noValidate className="mt-6 space-y-6">
      {failure && (
        <div ref={alertRef} role="alert" tabIndex={-1} className={formStyles.alert}>
          {t(challengeErrorKey(purpose, failure.error), loginErrorValues(failure))}
        </div>
      )}
      {succeeded && (
        <p role="status" className={formStyles.status}>
          {t("code.success")}
        </p>
      )}

      <div>
        <label htmlFor="code" className={formStyles.label}>
          {t("code.label")}
        </label>
        <p id="code-hint" className={formStyles.hint}>
          {t("code.hint", { length: CODE_LENGTH })}
        </p>
        <input
          ref={inputRef}
          id="code"
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={CODE_LENGTH + 4}
          required
          autoFocus
          aria-invalid={invalid ? true : undefined}
          aria-describedby="code-hint"
          className={`${formStyles.input} max-w-48 tracking-widest`}
        />
      </div>

      <button type="submit" disabled={!ready || pending || succeeded} className={formStyles.primaryButton}>
        {pending ? t("code.submitting") : t("code.submit")}
      </button>
    </form>
  );
}
