import { getTranslations } from "next-intl/server";
import { accountState } from "@/lib/accounts/account-state";
import { availableAccountActions } from "@/lib/admin/accounts/available-account-actions";
import type { AdminListItem } from "@/lib/admin/admins/list-admins";
import { AccountActions } from "../_components/account-actions";
import { LastLogin } from "../_components/last-login";
import { StateBadge } from "../_components/state-badge";

// Every admin as a card: name, address, state, last sign-in and the
// buttons for that account. Cards rather than a table, because each holds
// a row of buttons that would not fit a table cell on a phone.
export async function AdminList({ admins, ownId }: { admins: AdminListItem[]; ownId: string }) {
  const t = await getTranslations("admin");
  const now = new Date();

  return (
    <ul className="space-y-4">
      {admins.map((admin) => {
        const state = accountState(admin, now);
        const own = admin.id === ownId;

        return (
          <li
            key={admin.id}
            className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
          >
            <h3 className="text-lg font-semibold">
              {admin.name}
              {own ? <span className="font-normal text-slate-600"> {t("admins.you")}</span> : null}
            </h3>
            <dl className="mt-3 space-y-2">
              <div>
                <dt className="text-sm text-slate-600">{t("admins.columns.email")}</dt>
                <dd className="[overflow-wrap:anywhere]">{admin.email}</dd>
              </div>
              <div className="flex flex-wrap gap-x-6 gap-y-2">
                <div>
                  <dt className="text-sm text-slate-600">{t("admins.columns.state")}</dt>
                  <dd>
                    <StateBadge state={state} />
                  </dd>
                </div>
                <div>
                  <dt className="text-sm text-slate-600">{t("admins.columns.lastLogin")}</dt>
                  <dd>
                    <LastLogin at={admin.lastLoginAt} />
                  </dd>
                </div>
              </div>
            </dl>
            <div className="mt-4">
              <AccountActions
                accountId={admin.id}
                accountName={admin.name}
                operations={availableAccountActions(state, own)}
                label={t("admins.actionsFor", { name: admin.name })}
              />
              {own ? (
                <p className="mt-3 text-sm text-slate-600">{t("accountActions.selfNote")}</p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
