"use client";

import { useId, useState, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { formStyles } from "@/lib/auth/components/form-styles";
import { MAX_PASSWORD_INPUT_LENGTH } from "@/lib/auth/constants";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordProblem } from "../password-rules";
import { PasswordRules } from "./password-rules";

type Props = {
  // What the server found wrong with the last attempt.
  problems?: PasswordProblem[];
  // When changing a password: the rules mention the current one.
  includeCurrentRule?: boolean;
  // Focused after a refusal that concerns the new password.
  passwordRef?: RefObject<HTMLInputElement | null>;
};

// The new password, typed twice, with the rules above the fields and any
// broken rule right under the field it concerns. Pasting is allowed and
// nothing is trimmed; the whole password counts.
export function NewPasswordFields({ problems = [], includeCurrentRule, passwordRef }: Props) {
  const t = useTranslations("auth");
  const [visible, setVisible] = useState(false);
  const id = useId();
  const rulesId = `${id}-rules`;
  const values = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };

  const confirmationProblems = problems.filter((problem) => problem === "CONFIRMATION_MISMATCH");
  const passwordProblems = problems.filter((problem) => problem !== "CONFIRMATION_MISMATCH");
  const type = visible ? "text" : "password";

  return (
    <div className="space-y-6">
      <PasswordRules id={rulesId} includeCurrent={includeCurrentRule} />

      <div>
        <label htmlFor={`${id}-password`} className={formStyles.label}>
          {t("newPassword.password")}
        </label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type={type}
          autoComplete="new-password"
          maxLength={MAX_PASSWORD_INPUT_LENGTH}
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-invalid={passwordProblems.length > 0 || undefined}
          aria-describedby={`${rulesId}${passwordProblems.length ? ` ${id}-password-error` : ""}`}
          className={formStyles.input}
        />
        {passwordProblems.length > 0 && (
          <ul id={`${id}-password-error`} className={formStyles.fieldError}>
            {passwordProblems.map((problem) => (
              <li key={problem}>{t(`passwordProblems.${problem}`, values)}</li>
            ))}
          </ul>
        )}
      </div>

      <div>
        <label htmlFor={`${id}-confirmation`} className={formStyles.label}>
          {t("newPassword.confirmation")}
        </label>
        <input
          id={`${id}-confirmation`}
          name="confirmation"
          type={type}
          autoComplete="new-password"
          maxLength={MAX_PASSWORD_INPUT_LENGTH}
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-invalid={confirmationProblems.length > 0 || undefined}
          aria-describedby={confirmationProblems.length ? `${id}-confirmation-error` : undefined}
          className={formStyles.input}
        />
        {confirmationProblems.length > 0 && (
          <p id={`${id}-confirmation-error`} className={formStyles.fieldError}>
            {t("passwordProblems.CONFIRMATION_MISMATCH")}
          </p>
        )}
      </div>

      <label className="flex items-center gap-3">
        <input
          type="checkbox"
          checked={visible}
          onChange={(event) => setVisible(event.target.checked)}
          className="size-5"
        />
        {t("newPassword.show")}
      </label>
    </div>
  );
}
