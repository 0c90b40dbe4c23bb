"use client";

import { useTranslations } from "next-intl";
import type { AdminFormState } from "@/lib/admin/actions/admin-form-state";
import { isWarningNotice } from "@/lib/admin/admin-notices";
import { adminStyles } from "./admin-styles";

type FormMessageProps = {
  state: AdminFormState;
  ref: React.Ref<HTMLDivElement>;
  className?: string;
};

// The outcome of a form's last submit: a notice, a warning, or what went
// wrong. The live region is always there, so a change is read out.
export function FormMessage({ state, ref, className = "" }: FormMessageProps) {
  const t = useTranslations("admin");
  const tone = !state
    ? ""
    : state.ok
      ? isWarningNotice(state.notice)
        ? adminStyles.warning
        : adminStyles.success
      : adminStyles.alert;

  return (
    <div ref={ref} tabIndex={-1} role="status" aria-live="polite" className={className}>
      {state ? (
        <p className={tone}>
          {state.ok ? t(`notices.${state.notice}`) : t(`errors.${state.error}`)}
        </p>
      ) : null}
    </div>
  );
}
