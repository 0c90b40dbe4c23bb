import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ChallengePurpose } from "@/generated/prisma/enums";
import { resendWaitSeconds } from "../challenges/resend-wait-seconds";
import {
  CODE_LENGTH,
  CODE_VALID_MINUTES,
  MAX_CODE_RESENDS,
  RESEND_COOLDOWN_SECONDS,
} from "../constants";
import { ChallengeCodeForm } from "./challenge-code-form";
import { ResendCodeForm } from "./resend-code-form";

type Props = {
  purpose: ChallengePurpose;
  title: string;
  // What happens after too many wrong codes, in this flow's words.
  attemptsText: string;
  // What a right code will do, when the title does not say it already.
  note?: string;
  successUrl: string;
  restartUrl: string;
  startOverLabel: string;
  challenge: { lastCodeSentAt: Date | null; codesSent: number };
  now: Date;
};

// The page body of every code step (signing in, activating, confirming a
// new password): what was sent, the code form, and sending a new code.
export async function CodeStep(props: Props) {
  const t = await getTranslations("auth.code");
  const { purpose, challenge } = props;

  return (
    <>
      <h1 className="text-2xl font-semibold sm:text-3xl">{props.title}</h1>
      <p className="mt-3 text-slate-700">
        {t("intro", { length: CODE_LENGTH, minutes: CODE_VALID_MINUTES })}
      </p>
      <p className="mt-2 text-slate-700">{props.attemptsText}</p>
      {props.note && <p className="mt-2 text-slate-700">{props.note}</p>}

      <ChallengeCodeForm
        purpose={purpose}
        successUrl={props.successUrl}
        restartUrl={props.restartUrl}
      />

      {/* No accessible name on purpose: "Geen code ontvangen?" would make this
          section a second match for the label "Code". */}
      <section className="mt-10 border-t border-slate-200 pt-6">
        <h2 className="text-lg font-semibold">{t("resendTitle")}</h2>
        <p className="mt-2 text-slate-700">
          {t("resendText", { seconds: RESEND_COOLDOWN_SECONDS, max: MAX_CODE_RESENDS })}
        </p>
        <ResendCodeForm
          purpose={purpose}
          restartUrl={props.restartUrl}
          waitSeconds={resendWaitSeconds(challenge.lastCodeSentAt, props.now)}
          resendsLeft={1 + MAX_CODE_RESENDS - challenge.codesSent}
        />
      </section>

      <p className="mt-8">
        <Link href={props.restartUrl} className="text-brand-700 underline underline-offset-2">
          {props.startOverLabel}
        </Link>
      </p>
    </>
  );
}
