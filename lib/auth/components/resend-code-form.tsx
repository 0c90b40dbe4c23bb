"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ChallengePurpose } from "@/generated/prisma/enums";
import { resendCodeAction, type ResendCodeState } from "../actions/resend-code-action";
import { RESEND_COOLDOWN_SECONDS } from "../constants";
import { challengeErrorKey } from "../errors/challenge-error-key";
import { RESTART_CHALLENGE_ERRORS } from "../errors/login-error-codes";
import { loginErrorValues } from "../errors/login-error-values";
import { withErrorParam } from "../errors/with-error-param";
import { formStyles } from "./form-styles";
import { useCountdown } from "./use-countdown";

type Props = {
  purpose: ChallengePurpose;
  restartUrl: string;
  // Seconds until a new code may be asked for, when the page was made.
  waitSeconds: number;
  resendsLeft: number;
};

// "Nieuwe code sturen". The button stays disabled, with a countdown, until
// the cooldown has passed; the server checks the same rules again.
export function ResendCodeForm({ purpose, restartUrl, waitSeconds, resendsLeft }: Props) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState<ResendCodeState, FormData>(
    resendCodeAction,
    {},
  );
  const answerRef = useRef<HTMLDivElement>(null);
  const left = state.resendsLeft ?? resendsLeft;

  // The wait starts again with every answer: a full cooldown after a sent
  // code, or what the server says is left of it.
  const wait = !state.answeredAt
    ? waitSeconds
    : state.sent
      ? RESEND_COOLDOWN_SECONDS
      : (state.retryAfterSeconds ?? 0);
  const secondsLeft = useCountdown(wait, state.answeredAt ?? "page");

  useEffect(() => {
    if (!state.answeredAt) return;
    if (state.error && RESTART_CHALLENGE_ERRORS.includes(state.error)) {
      window.location.assign(withErrorParam(restartUrl, state.error));
      return;
    }

    answerRef.current?.focus();
  }, [state, restartUrl]);

  return (
    <form action={formAction} className="mt-4 space-y-4">
      <input type="hidden" name="purpose" value={purpose} />
      {state.sent && (
        <div
          key={`sent-${state.answeredAt}`}
          ref={answerRef}
          role="status"
          tabIndex={-1}
          className={formStyles.status}
        >
          {t("code.resent", { left })}
        </div>
      )}
      {state.error && (
        <div
          key={`error-${state.answeredAt}`}
          ref={answerRef}
          role="alert"
          tabIndex={-1}
          className={formStyles.alert}
        >
          {t(challengeErrorKey(purpose, state.error), loginErrorValues(state))}
        </div>
      )}

      <button
        type="submit"
        disabled={pending || secondsLeft > 0 || left <= 0}
        aria-describedby="resend-wait"
        className={formStyles.secondaryButton}
      >
        {pending ? t("code.resending") : t("code.resend")}
      </button>
      <p id="resend-wait" className={formStyles.hint}>
        {left <= 0
          ? t("code.noResendsLeft")
          : secondsLeft > 0
            ? t("code.resendWait", { seconds: secondsLeft })
            : t("code.resendReady")}
      </p>
    </form>
  );
}
