import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/badge";
import type { AccountState } from "@/lib/accounts/account-state";

const TONES = {
  INVITED: "neutral",
  ACTIVE: "brand",
  LOCKED: "danger",
  DEACTIVATED: "neutral",
} as const;

// An account's state in words ("Actief", "Geblokkeerd"…); colour only adds.
export async function StateBadge({ state }: { state: AccountState | null }) {
  const t = await getTranslations("admin");

  return state ? (
    <Badge tone={TONES[state]}>{t(`states.${state}`)}</Badge>
  ) : (
    <span className="text-slate-600">{t("common.noAccount")}</span>
  );
}
